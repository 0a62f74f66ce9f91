using System.Buffers;

namespace AiDealTracker.Core.Extraction;

/// <summary>
/// Where AmountParser's money pattern can start: at a currency sign or code ("$", "US$", "€", "EUR", "Rs"), at a number
/// before a currency word ("10 billion euros"), or at a qualifier before either ("about $5.7 billion"). The pattern is
/// anchored (\G) and tried only there, which gives the same matches as scanning every offset.
/// </summary>
internal static class AmountCandidates
{
    private static readonly SearchValues<char> Signs = SearchValues.Create("$€£₹");

    // Regex IgnoreCase folds these letters only to their ASCII other case, which OrdinalIgnoreCase also finds.
    private static readonly SearchValues<string> Codes = SearchValues.Create(["usd", "eur", "gbp", "inr", "rs"], StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<string> Words = SearchValues.Create(["dollars", "euros", "pounds", "rupees", "yen"], StringComparison.OrdinalIgnoreCase);

    // Lengths of the qualifiers the pattern accepts: "over", "about", "nearly", "roughly", "close to", "more than",
    // "as much as", "in excess of", "approximately".
    private static readonly int[] QualifierLengths = [4, 5, 6, 7, 8, 9, 10, 12, 13];

    public static List<int> Starts(string s)
    {
        var starts = new List<int>();
        foreach (var sign in TextSearch.Occurrences(s, Signs))
        {
            AddWithQualifier(s, sign, starts);
            if (s[sign] == '$')
            {
                AddWithQualifier(s, sign - 2, starts);
            }
        }

        foreach (var code in TextSearch.Occurrences(s, Codes))
        {
            AddWithQualifier(s, code, starts);
        }

        // "10 billion euros": number, space, optional multiplier word and space, currency word.
        foreach (var word in TextSearch.Occurrences(s, Words))
        {
            if (word == 0 || !char.IsWhiteSpace(s[word - 1]))
            {
                continue;
            }

            AddNumber(s, word - 1, starts);
            var multiplier = word - 1;
            while (multiplier > 0 && char.IsLetter(s[multiplier - 1]))
            {
                multiplier--;
            }

            if (multiplier < word - 1 && multiplier > 0 && char.IsWhiteSpace(s[multiplier - 1]))
            {
                AddNumber(s, multiplier - 1, starts);
            }
        }

        return TextSearch.SortedUnique(starts, s.Length);
    }

    // Any offset of the digits, commas and dots that end at `end` can start the number; only the first can follow a qualifier.
    private static void AddNumber(string s, int end, List<int> starts)
    {
        var first = end;
        while (first > 0 && (char.IsDigit(s[first - 1]) || s[first - 1] is ',' or '.'))
        {
            first--;
        }

        for (var p = first + 1; p < end; p++)
        {
            starts.Add(p);
        }

        AddWithQualifier(s, first, starts);
    }

    private static void AddWithQualifier(string s, int start, List<int> starts)
    {
        if (start < 0)
        {
            return;
        }

        starts.Add(start);
        var gap = start;
        while (gap > 0 && char.IsWhiteSpace(s[gap - 1]))
        {
            gap--;
        }

        if (gap == start)
        {
            return;
        }

        // A qualifier is a word after \b: it starts at a letter (IgnoreCase folds a letter only to other letters) that
        // follows no letter or digit (those are regex word characters, and \b needs a non-word character before a word
        // character). An offset without that shape starts no qualifier, and every other shape the pattern can start with
        // (a sign, a code, a number before a currency word) is added from its own landmark, so skipping it drops no match.
        foreach (var length in QualifierLengths)
        {
            var at = gap - length;
            if (at >= 0 && char.IsLetter(s[at]) && (at == 0 || !char.IsLetterOrDigit(s[at - 1])))
            {
                starts.Add(at);
            }
        }
    }
}
