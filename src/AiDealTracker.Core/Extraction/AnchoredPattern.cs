using System.Buffers;
using System.Text.RegularExpressions;

namespace AiDealTracker.Core.Extraction;

/// <summary>
/// A pattern whose every alternative begins with \b and one of a few lead words ("rent", "cloud", "buy"), or at one of a few
/// lead characters: tried only where a lead word starts a word or a lead character stands, anchored with \G (decision 0302).
/// Trying those offsets in order finds exactly the matches that the same pattern finds by scanning every character, which
/// it otherwise tries at almost every letter.
/// </summary>
internal sealed class AnchoredPattern
{
    // Regex IgnoreCase | CultureInvariant also folds 'k' to the Kelvin sign, which OrdinalIgnoreCase does not (the other letters
    // here fold to ASCII under some case mapping): a text holding one of them is scanned.
    private static readonly SearchValues<char> FoldsToAscii = SearchValues.Create("\u212A\u017F\u0130\u0131");

    // The word starts of the text the last pattern on this thread was tried on: the deal stage tries up to six patterns on
    // one sentence, which share them.
    [ThreadStatic]
    private static string? t_text;

    [ThreadStatic]
    private static List<int>? t_wordStarts;

    private readonly Regex _scanning;
    private readonly Regex _anchored;
    private readonly string[]?[] _leadWordsByFirst = new string[]?[128];
    private readonly SearchValues<char>? _leadChars;

    /// <param name="leadWords">Each starts with an ASCII letter; matched OrdinalIgnoreCase.</param>
    public AnchoredPattern(Regex scanning, Regex anchored, string[] leadWords, SearchValues<char>? leadChars = null)
    {
        _scanning = scanning;
        _anchored = anchored;
        _leadChars = leadChars;
        foreach (var group in leadWords.GroupBy(w => char.IsAsciiLetter(w[0]) ? char.ToLowerInvariant(w[0]) : throw new ArgumentException($"'{w}' does not start with an ASCII letter", nameof(leadWords))))
        {
            _leadWordsByFirst[group.Key] = [.. group];
            _leadWordsByFirst[char.ToUpperInvariant(group.Key)] = _leadWordsByFirst[group.Key];
        }
    }

    /// <summary>The first match that starts at or after `from`: what the scanning pattern's Match(text, from) finds.</summary>
    public Match Match(string text, int from = 0)
    {
        if (text.AsSpan().IndexOfAny(FoldsToAscii) >= 0)
        {
            return _scanning.Match(text, from);
        }

        var wordStarts = WordStarts(text);
        var next = 0;
        for (var start = NextStart(text, wordStarts, ref next, from); start >= 0; start = NextStart(text, wordStarts, ref next, start + 1))
        {
            var m = _anchored.Match(text, start);
            if (m.Success)
            {
                return m;
            }
        }

        return System.Text.RegularExpressions.Match.Empty;
    }

    // Where an ASCII letter starts a word: not after a letter or digit, both regex word characters, so \b cannot hold there.
    private static List<int> WordStarts(string text)
    {
        if (ReferenceEquals(text, t_text) && t_wordStarts is { } known)
        {
            return known;
        }

        var starts = new List<int>(text.Length / 5 + 1);
        for (var at = 0; at < text.Length; at++)
        {
            if (char.IsAsciiLetter(text[at]) && (at == 0 || !char.IsLetterOrDigit(text[at - 1])))
            {
                starts.Add(at);
            }
        }

        t_text = text;
        t_wordStarts = starts;
        return starts;
    }

    // The first offset at or after `from` where a lead word starts a word, or a lead character stands; `next` is the index of the
    // first word start that may still be one. A lead word begins with an ASCII letter, and no other character equals one under
    // OrdinalIgnoreCase, so a lead word can start a word only at one of the word starts.
    private int NextStart(string text, List<int> wordStarts, ref int next, int from)
    {
        var word = -1;
        for (; next < wordStarts.Count; next++)
        {
            var at = wordStarts[next];
            if (at >= from && StartsWithLeadWord(text.AsSpan(at)))
            {
                word = at;
                break;
            }
        }

        var character = _leadChars is null || from >= text.Length ? -1 : text.AsSpan(from).IndexOfAny(_leadChars);
        character = character < 0 ? -1 : from + character;
        return word < 0 ? character : character < 0 ? word : Math.Min(word, character);
    }

    private bool StartsWithLeadWord(ReadOnlySpan<char> text)
    {
        foreach (var word in _leadWordsByFirst[text[0]] ?? [])
        {
            if (text.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
