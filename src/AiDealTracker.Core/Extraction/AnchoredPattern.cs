using System.Buffers;
using System.Text.RegularExpressions;

namespace AiDealTracker.Core.Extraction;

/// <summary>
/// A pattern whose every alternative begins with \b and one of a few lead words ("rent", "cloud", "buy"), or at one of a few
/// lead characters: tried only where a lead word starts a word or a lead character stands, anchored with \G (decision 0302).
/// Trying those offsets in order finds exactly the matches that the same pattern finds by scanning every character, which
/// it otherwise tries at almost every letter.
/// </summary>
internal sealed class AnchoredPattern(Regex scanning, Regex anchored, SearchValues<string> leadWords, SearchValues<char>? leadChars = null)
{
    // Regex IgnoreCase | CultureInvariant also folds 'k' to the Kelvin sign, which OrdinalIgnoreCase does not (the other letters
    // here fold to ASCII under some case mapping): a text holding one of them is scanned.
    private static readonly SearchValues<char> FoldsToAscii = SearchValues.Create("\u212A\u017F\u0130\u0131");

    /// <summary>The first match that starts at or after `from`: what the scanning pattern's Match(text, from) finds.</summary>
    public Match Match(string text, int from = 0)
    {
        if (text.AsSpan().IndexOfAny(FoldsToAscii) >= 0)
        {
            return scanning.Match(text, from);
        }

        for (var start = NextStart(text, from); start >= 0; start = NextStart(text, start + 1))
        {
            var m = anchored.Match(text, start);
            if (m.Success)
            {
                return m;
            }
        }

        return System.Text.RegularExpressions.Match.Empty;
    }

    // The first offset at or after `from` where a lead word starts a word, or a lead character stands. A lead word after a letter
    // or digit is skipped: both are regex word characters, so \b cannot hold before the word's first letter.
    private int NextStart(string text, int from)
    {
        var word = -1;
        for (var at = from; at < text.Length; at++)
        {
            var found = text.AsSpan(at).IndexOfAny(leadWords);
            if (found < 0)
            {
                break;
            }

            at += found;
            if (at == 0 || !char.IsLetterOrDigit(text[at - 1]))
            {
                word = at;
                break;
            }
        }

        var character = leadChars is null || from >= text.Length ? -1 : text.AsSpan(from).IndexOfAny(leadChars);
        character = character < 0 ? -1 : from + character;
        return word < 0 ? character : character < 0 ? word : Math.Min(word, character);
    }
}
