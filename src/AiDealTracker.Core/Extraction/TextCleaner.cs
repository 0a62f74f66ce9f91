using System.Buffers;
using System.Text.RegularExpressions;

namespace AiDealTracker.Core.Extraction;

/// <summary>Removes web boilerplate line by line, normalizes quotes and spaces, and keeps an offset map to the original.</summary>
public static partial class TextCleaner
{
    // The longest line ShortBoilerplate can match: "read more:" and 200 characters (lines hold no "\n", which "$" could precede).
    private const int ShortBoilerplateLength = 210;

    // The characters AppendLine cannot copy as they are: whitespace (collapsed to one space), "[" (a footnote marker may start
    // there) and those NormalizeChar replaces. The others are copied a run at a time.
    private static readonly SearchValues<char> SpecialChars = SearchValues.Create(
        [.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(c => char.IsWhiteSpace(c) || c is '\u00A0' or '[' || NormalizeChar(c) != c)]);

    public static CleanedText Clean(string original)
    {
        var lines = SplitLines(original);
        var keep = new bool[lines.Count];
        var cutFrom = lines.Count;
        var nonEmpty = 0;
        foreach (var l in lines)
        {
            nonEmpty += IsBlank(original, l) ? 0 : 1;
        }

        var seen = 0;
        var hasPrevious = false;
        ReadOnlySpan<char> previous = default;
        for (var i = 0; i < lines.Count; i++)
        {
            var (start, end) = lines[i];
            var line = original.AsSpan(start, end - start).Trim();
            if (line.Length == 0)
            {
                continue;
            }

            seen++;
            if (seen > 3 && seen > nonEmpty / 3 && CutMarker().IsMatch(line))
            {
                cutFrom = i;
                break;
            }

            if (IsBoilerplate(line) || (hasPrevious && line.SequenceEqual(previous)))
            {
                continue;
            }

            keep[i] = true;
            previous = line;
            hasPrevious = true;
        }

        // Cleaning only drops and replaces characters, so the original's length bounds the output.
        using var output = new Output(original.Length);
        for (var i = 0; i < cutFrom; i++)
        {
            if (!keep[i])
            {
                continue;
            }

            if (output.Length > 0)
            {
                output.Append('\n', lines[i].Start);
            }

            AppendLine(original, lines[i].Start, lines[i].End, output);
        }

        return output.ToCleanedText();
    }

    internal static bool IsBoilerplate(ReadOnlySpan<char> line) =>
        !HasLetterOrDigit(line)
        || Boilerplate().IsMatch(line)
        || (line.Length <= ShortBoilerplateLength && MayBeShortBoilerplate(line) && ShortBoilerplate().IsMatch(line))
        || FootnoteLine().IsMatch(line)
        || (line.Length < 400 && Promo().IsMatch(line))
        || AuthorBio().IsMatch(line)
        || IsLinkBar(line);

    private static readonly SearchValues<char> SentencePunctuation = SearchValues.Create(".!?,;:");

    // Every alternative of ShortBoilerplate holds one of these words (ignoring case, as the pattern does): a line without any
    // cannot match it. Keep the list in step with the pattern.
    private static readonly SearchValues<string> ShortBoilerplateWords = SearchValues.Create(
        ["advertisement", "sponsored", "share", "tweet", "print", "email", "leave", "comment", "name", "website", "photo", "image", "picture",
         "unsplash", "related", "read", "copyright", "logo", "bio", "author", "contact", "hear", "faq", "news", "takeaways", "back", "skip", "cookie"],
        StringComparison.OrdinalIgnoreCase);

    // Regex IgnoreCase | CultureInvariant also folds 'k' to the Kelvin sign, which OrdinalIgnoreCase does not (decision 0302, as in
    // AnchoredPattern): a line holding one of these letters is always matched against the pattern.
    private static readonly SearchValues<char> FoldsToAscii = SearchValues.Create("\u212A\u017F\u0130\u0131");

    private static bool MayBeShortBoilerplate(ReadOnlySpan<char> line) => line.ContainsAny(ShortBoilerplateWords) || line.ContainsAny(FoldsToAscii);

    // "Twitter | Facebook | LinkedIn", "Home · World · Tech": a line of three or more short items between bars or dots is a
    // row of links (sharing, navigation), whatever the names in it. Items are words: "Revenue | 2024 | 2025" is a table row.
    private static bool IsLinkBar(ReadOnlySpan<char> line)
    {
        if (line.Length > 160 || line.IndexOfAny('|', '·') < 0)
        {
            return false;
        }

        var items = 0;
        foreach (var range in line.SplitAny("|·"))
        {
            var item = line[range].Trim();
            if (item.Length == 0 || item.Length > 24 || !char.IsLetter(item[0]) || item.IndexOfAny(SentencePunctuation) >= 0)
            {
                return false;
            }

            items++;
        }

        return items >= 3;
    }

    private static bool HasLetterOrDigit(ReadOnlySpan<char> line)
    {
        foreach (var c in line)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    private static void AppendLine(string text, int start, int end, Output output)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var pendingSpace = false;
        for (var i = start; i < end; i++)
        {
            var plain = text.AsSpan(i, end - i).IndexOfAny(SpecialChars);
            var runEnd = plain < 0 ? end : i + plain;
            if (runEnd > i)
            {
                if (pendingSpace)
                {
                    output.Append(' ', i - 1);
                    pendingSpace = false;
                }

                output.Append(text.AsSpan(i, runEnd - i), i);
                i = runEnd;
                if (i == end)
                {
                    break;
                }
            }

            var c = text[i];
            if (c == '[' && TryInlineFootnote(text, i, end, out var skipTo))
            {
                i = skipTo - 1;
                continue;
            }

            if (char.IsWhiteSpace(c) || c == '\u00A0')
            {
                pendingSpace = true;
                continue;
            }

            if (pendingSpace)
            {
                output.Append(' ', i - 1);
                pendingSpace = false;
            }

            output.Append(NormalizeChar(c), i);
        }
    }

    // "chain.[1] The phrase" -> the citation marker is dropped.
    private static bool TryInlineFootnote(string text, int i, int end, out int skipTo)
    {
        var j = i + 1;
        while (j < end && j - i <= 3 && char.IsAsciiDigit(text[j]))
        {
            j++;
        }

        skipTo = j + 1;
        return j > i + 1 && j < end && text[j] == ']';
    }

    private static char NormalizeChar(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u201B' or '\u2032' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u2033' => '"',
        '\u2010' or '\u2011' => '-',
        _ => c,
    };

    private static bool IsBlank(string text, (int Start, int End) line) =>
        text.AsSpan(line.Start, line.End - line.Start).IsWhiteSpace();

    private static List<(int Start, int End)> SplitLines(string text)
    {
        var lines = new List<(int, int)>();
        var start = 0;
        // One vectorised search per line break instead of a test per character.
        for (var i = 0; i < text.Length; i++)
        {
            var lineBreak = text.AsSpan(i).IndexOfAny('\n', '\r');
            if (lineBreak < 0)
            {
                break;
            }

            i += lineBreak;
            lines.Add((start, i));
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            start = i + 1;
        }

        lines.Add((start, text.Length));
        return lines;
    }

    // The cleaned characters and where each came from. Most characters come from the character right after the previous one's
    // source, so the map is kept as runs (clean offset, original offset), a few per line instead of one int per character;
    // the buffers are pooled because only the finished string and runs outlive the call.
    private sealed class Output(int capacity) : IDisposable
    {
        private readonly char[] _chars = ArrayPool<char>.Shared.Rent(Math.Max(1, capacity));
        private int[] _runs = ArrayPool<int>.Shared.Rent(16);
        private int _runCount;
        private int _lastOriginal = -2;

        public int Length { get; private set; }

        public void Append(char c, int originalOffset)
        {
            if (originalOffset != _lastOriginal + 1)
            {
                AddRun(Length, originalOffset);
            }

            _chars[Length] = c;
            _lastOriginal = originalOffset;
            Length++;
        }

        // The same as appending each character, from consecutive offsets starting at originalOffset.
        public void Append(ReadOnlySpan<char> chars, int originalOffset)
        {
            if (originalOffset != _lastOriginal + 1)
            {
                AddRun(Length, originalOffset);
            }

            chars.CopyTo(_chars.AsSpan(Length));
            _lastOriginal = originalOffset + chars.Length - 1;
            Length += chars.Length;
        }

        // The end of the text maps just past the last kept character, which continues the last run; an empty text maps to 0.
        public CleanedText ToCleanedText()
        {
            if (Length == 0)
            {
                AddRun(0, 0);
            }

            return new CleanedText(new string(_chars, 0, Length), _runs.AsSpan(0, 2 * _runCount).ToArray());
        }

        public void Dispose()
        {
            ArrayPool<char>.Shared.Return(_chars);
            ArrayPool<int>.Shared.Return(_runs);
        }

        private void AddRun(int cleanOffset, int originalOffset)
        {
            if (2 * _runCount + 1 >= _runs.Length)
            {
                var larger = ArrayPool<int>.Shared.Rent(2 * _runs.Length);
                _runs.AsSpan().CopyTo(larger);
                ArrayPool<int>.Shared.Return(_runs);
                _runs = larger;
            }

            _runs[2 * _runCount] = cleanOffset;
            _runs[2 * _runCount + 1] = originalOffset;
            _runCount++;
        }
    }

    // "© 2025 Example Ltd", "Source: TechCrunch", "Tags: TeraWulf, Google", "Comments (3)": boilerplate lines of any length.
    [GeneratedRegex(@"^(?:comments? ?\(\d+\)|\d+ comments?|save my name.*|your email address will not be published.*|required fields are marked.*|(?:credit|source|sources|via|tags?|topics?|filed under|updated|last updated)\s*:.{0,200}|©.*|all rights reserved.*|\d+ sources?|accept(?: all)? cookies.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Boilerplate();

    // "ADVERTISEMENT", "Share this article", "Share: Facebook · X", "[Share on Facebook]", "Leave a Reply",
    // "Photo by Zhu Hongzhi on Unsplash", "Instagram logo". No match of these is longer than ShortBoilerplateLength
    // ("read more:" and 200 characters), so longer lines skip the pattern. An alternative that can match more, such as
    // one ending in ".*", belongs in Boilerplate.
    [GeneratedRegex(@"^(?:advertisement|sponsored(?: content)?|\[?share\b.{0,120}|share with friends:?|tweet|print|\[?email this (?:story|article)\]?|leave a (?:reply|comment)|post comment|comment ?\*?|name ?\*|email ?\*|website|(?:photo(?:graph)?|image|picture)s? ?(?:by|:|credit).{0,150}|.{0,80} on unsplash|related:.{0,200}|read (?:more|also|next):.{0,200}|copyright\b.{0,150}|.{0,40}\blogo|see full bio.{0,5}|author|about the author|contact us.{0,20}|we'd love to hear from you!?|we’d love to hear from you!?|faq|news article|key takeaways|back to top|skip to (?:main )?content|cookie.{0,200})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ShortBoilerplate();

    // "THE NEOCLOUD BRIEF — Our free newsletter ... [Subscribe]", "Join The Founders Club Now. Click Here!"
    [GeneratedRegex(@"\bnewsletter\b|\bsubscribe\b|\bsign up\b|\bin your inbox\b|\bclick here\b|\bjoin (?:the|our) .{0,40}(?:club|community|list)\b|\bstay ahead with\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Promo();

    // "Luis Carrasco writes about data centers", "Kenji Morita covers the semiconductor industry", "I am Emma Gordon, an AI news anchor".
    [GeneratedRegex(@"^(?:[A-Z][\p{L}'-]+ (?:[A-Z]\. )?[A-Z][\p{L}'-]+ (?:writes about|covers|reports on|is an? (?:senior |staff |contributing |technology |tech )?(?:reporter|writer|editor|correspondent|journalist|contributor|columnist))\b|I am [A-Z][\p{L}]+ [A-Z][\p{L}]+, an?\b)", RegexOptions.CultureInvariant)]
    private static partial Regex AuthorBio();

    // "2" alone on its line, "[1] Company statements, Sept. 16–18."
    [GeneratedRegex(@"^(?:\[?\d{1,3}\]?\.?|\[\d{1,3}\]\s.{0,200}|\^\d+.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex FootnoteLine();

    // Everything after "Related coverage", "Sources", "Footnotes", "About the author", "Comments (0)", "Hottest AI News", "Also on our site",
    // "Read more" is not the article.
    [GeneratedRegex(@"^(?:related(?: coverage| articles| stories| reading| posts)?|more from .{0,40}|most (?:read|popular)|trending(?: now)?|recommended(?: for you)?|you (?:may|might) also (?:like|enjoy)|(?:also )?read (?:more|also|next)|also on (?:our site|[a-z .]{1,30})|see also|more (?:on|about) (?:this|the) (?:topic|story)|don't miss|sources|footnotes|notes|references|about the author|comments(?: \(\d+\))?|\d+ comments|leave a reply|hottest .{0,30}news|latest news|more stories|further reading)\s*:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CutMarker();
}
