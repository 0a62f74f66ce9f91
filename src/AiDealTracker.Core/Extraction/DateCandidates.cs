using System.Buffers;

namespace AiDealTracker.Core.Extraction;

/// <summary>
/// Where a date pattern can start, found from a cheap landmark every match of it contains: a month name, a four-digit
/// year, "day", "year" or a unit word. Each date pattern is then tried only at those offsets (anchored with \G), which
/// gives exactly the matches a scan of the whole text would, without running fourteen patterns over every character.
/// </summary>
internal sealed class DateCandidates
{
    // Every alternative of DateParser's month group starts with one of these (case-sensitive in every pattern that
    // uses the month group without IgnoreCase): "Jan", "Jan.", "January", "Sept.", "June" ...
    private static readonly SearchValues<string> MonthPrefixes = SearchValues.Create(
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], StringComparison.Ordinal);

    // Case-insensitive landmarks. Regex IgnoreCase | CultureInvariant folds ASCII letters only to their other case,
    // except 'k', which also matches the Kelvin sign; OrdinalIgnoreCase does not, so "week" falls back (see below).
    private static readonly SearchValues<string> UnitWords = SearchValues.Create(["day", "week", "month", "quarter", "year"], StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<string> HalfWords = SearchValues.Create(["half", "h1", "h2"], StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<string> Day = SearchValues.Create(["day"], StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<string> YearWord = SearchValues.Create(["year"], StringComparison.OrdinalIgnoreCase);

    private readonly string _text;
    private List<int>? _months;
    private List<int>? _years;

    public DateCandidates(string text) => _text = text;

    /// <summary>Month-name offsets: "Apr 24, 2026", "November 2024", "since June" start there.</summary>
    public List<int> MonthStarts() => _months ??= TextSearch.Occurrences(_text, MonthPrefixes);

    /// <summary>"24 April 2026": one or two digits and a space before the month.</summary>
    public List<int> DayBeforeMonth() => AtWordStarts(Shifted(MonthStarts(), -3, -2));

    /// <summary>"early March 2025", "mid-July 2025", "late May 2024" or the month itself.</summary>
    public List<int> MonthYear() => AtWordStarts(Shifted(MonthStarts(), -6, -5, -4, 0));

    /// <summary>"March of this year": the month is 9 to 18 characters before "year".</summary>
    public List<int> MonthOfRelativeYear() => AtWordStarts(Windows(TextSearch.Occurrences(_text, YearWord), -18, -9));

    /// <summary>"Q3 2024" at the Q, "the fourth quarter of 2027" up to 11 characters before "quarter".</summary>
    public List<int> Quarter()
    {
        var found = new List<int>();
        for (var i = _text.AsSpan().IndexOfAny('q', 'Q'); i >= 0;)
        {
            found.Add(i);
            var next = _text.AsSpan(i + 1).IndexOfAny('q', 'Q');
            i = next < 0 ? -1 : i + 1 + next;
        }

        return AtWordStarts(Windows(found, -11, 0));
    }

    /// <summary>"H2 2026" at the H, "the second half of 2026" up to 11 characters before "half".</summary>
    public List<int> Half() => AtWordStarts(Windows(TextSearch.Occurrences(_text, HalfWords), -11, 0));

    /// <summary>"early 2025", "the beginning of 2023", "mid-2026": a known phrase and one separator before a year.</summary>
    public List<int> PartOfYear() => AtWordStarts(Shifted(YearStarts(), -17, -13, -11, -7, -6, -5, -4));

    /// <summary>"this past Monday", "earlier on Wednesday": the weekday's "day" is 3 to 17 characters after the start.</summary>
    public List<int> Weekday() => AtWordStarts(Windows(TextSearch.Occurrences(_text, Day), -17, -3));

    /// <summary>"the following year", "two months ago", "10 days later": up to 14 characters before the unit word.</summary>
    public List<int> RelativeUnit() =>
        AtWordStarts(_text.Contains('\u212A', StringComparison.Ordinal) ? [.. Enumerable.Range(0, _text.Length)] : Windows(TextSearch.Occurrences(_text, UnitWords), -14, -2));

    // "2025", "1999": DateParser's year group, 1980 to 2049.
    private List<int> YearStarts()
    {
        if (_years is not null)
        {
            return _years;
        }

        _years = [];
        var text = _text.AsSpan();
        for (var i = text.IndexOfAny('1', '2'); i >= 0 && i + 3 < text.Length;)
        {
            if (IsYear(text.Slice(i, 4)))
            {
                _years.Add(i);
            }

            var next = text[(i + 1)..].IndexOfAny('1', '2');
            i = next < 0 ? -1 : i + 1 + next;
        }

        return _years;
    }

    // The last digit is a regex \d, which takes any Unicode decimal digit.
    private static bool IsYear(ReadOnlySpan<char> s) =>
        char.IsDigit(s[3]) && ((s[0] == '1' && s[1] == '9' && s[2] is '8' or '9') || (s[0] == '2' && s[1] == '0' && s[2] is >= '0' and <= '4'));

    // The patterns fed by the finders above all begin with \G\b and a letter or a \d digit (IgnoreCase folds a letter
    // only to other letters), so a match starts at a letter or digit that follows no letter or digit: a letter or digit
    // is a regex word character, and \b needs a non-word character (or the start of the text) before a word character.
    // Dropping every other offset drops no match, and saves most of the pattern calls a window of offsets costs.
    private List<int> AtWordStarts(List<int> offsets)
    {
        offsets.RemoveAll(p => !char.IsLetterOrDigit(_text[p]) || (p > 0 && char.IsLetterOrDigit(_text[p - 1])));
        return offsets;
    }

    private List<int> Shifted(List<int> landmarks, params ReadOnlySpan<int> offsets)
    {
        var found = new List<int>(landmarks.Count * offsets.Length);
        foreach (var landmark in landmarks)
        {
            foreach (var offset in offsets)
            {
                found.Add(landmark + offset);
            }
        }

        return TextSearch.SortedUnique(found, _text.Length);
    }

    private List<int> Windows(List<int> landmarks, int fromOffset, int toOffset)
    {
        var found = new List<int>();
        var next = int.MinValue;
        foreach (var landmark in landmarks)
        {
            for (var p = Math.Max(next, landmark + fromOffset); p <= landmark + toOffset; p++)
            {
                found.Add(p);
            }

            next = Math.Max(next, landmark + toOffset + 1);
        }

        return TextSearch.SortedUnique(found, _text.Length);
    }
}
