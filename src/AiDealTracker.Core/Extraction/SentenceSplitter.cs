using System.Collections.Frozen;

namespace AiDealTracker.Core.Extraction;

/// <summary>Sentences of cleaned text: every line ends one (headlines, list items), and ". ! ?" end one unless an abbreviation or decimal is in the way.</summary>
public static class SentenceSplitter
{
    // "U.S.", "Inc.", "Corp.", "Oct." and initials ("Jon P. Smith") do not end a sentence.
    private static readonly FrozenSet<string> Abbreviations = new[]
    {
        "Inc", "Corp", "Co", "Ltd", "Mr", "Mrs", "Ms", "Dr", "Prof", "Sr", "Jr", "St", "vs", "No", "Nos", "approx", "est", "etc",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Gov", "Sen", "Rep", "Gen", "Lt", "Mt",
        "U.S", "U.K", "U.N", "E.U", "Calif", "Wash", "Mass", "Fla", "Ariz", "Tex", "Va", "N.Y", "D.C", "a.m", "p.m", "e.g", "i.e", "Bros", "Dept", "Ave",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup = Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    public static List<TextSpan> Split(string text)
    {
        var sentences = new List<TextSpan>();
        var lineStart = 0;
        while (true)
        {
            // One vectorised search per line instead of a test per character.
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                SplitLine(text, lineStart, text.Length, sentences);
                return sentences;
            }

            SplitLine(text, lineStart, lineEnd, sentences);
            lineStart = lineEnd + 1;
        }
    }

    private static void SplitLine(string text, int start, int end, List<TextSpan> sentences)
    {
        var sentenceStart = start;
        for (var i = start; i < end; i++)
        {
            // Only ". ! ?" can end a sentence: skip to the next one with a vectorised search.
            var mark = text.AsSpan(i, end - i).IndexOfAny('.', '!', '?');
            if (mark < 0)
            {
                break;
            }

            i += mark;
            var c = text[i];

            var after = i + 1;
            while (after < end && text[after] is '"' or '\'' or ')')
            {
                after++;
            }

            if (after >= end || text[after] != ' ')
            {
                continue;
            }

            var next = after + 1;
            if (next >= end || !(char.IsUpper(text[next]) || char.IsDigit(text[next]) || text[next] is '"' or '\'' or '$' or '€' or '£'))
            {
                continue;
            }

            if (c == '.' && IsAbbreviation(text, sentenceStart, i))
            {
                continue;
            }

            Add(text, sentenceStart, after, sentences);
            sentenceStart = next;
        }

        Add(text, sentenceStart, end, sentences);
    }

    private static bool IsAbbreviation(string text, int sentenceStart, int dot)
    {
        var wordStart = dot;
        while (wordStart > sentenceStart && !char.IsWhiteSpace(text[wordStart - 1]) && text[wordStart - 1] != '(')
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, dot - wordStart);
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true;
        }

        return AbbreviationLookup.Contains(word);
    }

    private static void Add(string text, int start, int end, List<TextSpan> sentences)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add(new TextSpan(start, end));
        }
    }
}
