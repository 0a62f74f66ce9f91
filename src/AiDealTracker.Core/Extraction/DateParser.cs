using System.Globalization;
using System.Text.RegularExpressions;
using AiDealTracker.Core.Domain;

namespace AiDealTracker.Core.Extraction;

/// <summary>Absolute and relative dates; relative ones resolve against an anchor (publication date) or the previous date in the text.</summary>
public static partial class DateParser
{
    private const string Month = @"(?<mon>Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sep(?:t(?:ember|\.)?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)";
    private const string Year = @"(?<y>(?:19[89]\d|20[0-4]\d))";

    private enum Kind
    {
        Day,
        DayEu,
        Iso,
        MonthOfRelativeYear,
        MonthYear,
        Quarter,
        Half,
        PartOfYear,
        MonthDay,
        LastMonth,
        MonthOnly,
        Weekday,
        RelativeUnit,
        Adverb,
        YearOnly,
    }

    // Patterns with a start finder are anchored (\G) and tried only at the offsets it gives; the others are cheap enough
    // to scan the whole text.
    private static readonly (Kind Kind, Regex Regex, Func<DateCandidates, List<int>>? Starts)[] Patterns =
    [
        (Kind.Day, DayRegex(), c => c.MonthStarts()),
        (Kind.DayEu, DayEuRegex(), c => c.DayBeforeMonth()),
        (Kind.Iso, IsoRegex(), null),
        (Kind.MonthOfRelativeYear, MonthOfRelativeYearRegex(), c => c.MonthOfRelativeYear()),
        (Kind.MonthYear, MonthYearRegex(), c => c.MonthYear()),
        (Kind.Quarter, QuarterRegex(), c => c.Quarter()),
        (Kind.Half, HalfRegex(), c => c.Half()),
        (Kind.PartOfYear, PartOfYearRegex(), c => c.PartOfYear()),
        (Kind.MonthDay, MonthDayRegex(), c => c.MonthStarts()),
        (Kind.LastMonth, LastMonthRegex(), null),
        (Kind.MonthOnly, MonthOnlyRegex(), c => c.MonthStarts()),
        (Kind.Weekday, WeekdayRegex(), c => c.Weekday()),
        (Kind.RelativeUnit, RelativeUnitRegex(), c => c.RelativeUnit()),
        (Kind.Adverb, AdverbRegex(), null),
        (Kind.YearOnly, YearOnlyRegex(), null),
    ];

    public static List<ExtractedDate> Parse(string text, DateOnly? anchor)
    {
        var matches = new List<(Kind Kind, Match Match)>();
        var hasDigit = text.AsSpan().IndexOfAnyInRange('0', '9') >= 0;
        var hasDayWord = text.Contains("day", StringComparison.OrdinalIgnoreCase) || text.Contains("tomorrow", StringComparison.OrdinalIgnoreCase);
        var candidates = new DateCandidates(text);
        foreach (var (kind, regex, starts) in Patterns)
        {
            var possible = kind switch
            {
                Kind.Weekday or Kind.Adverb => hasDayWord,
                Kind.Day or Kind.DayEu or Kind.Iso or Kind.MonthYear or Kind.Quarter or Kind.Half or Kind.PartOfYear or Kind.MonthDay or Kind.YearOnly => hasDigit,
                _ => true,
            };
            if (!possible)
            {
                continue;
            }

            if (starts is null)
            {
                foreach (Match m in regex.Matches(text))
                {
                    matches.Add((kind, m));
                }
            }
            else
            {
                AddAnchoredMatches(kind, regex, text, starts(candidates), matches);
            }
        }

        matches.Sort((a, b) => a.Match.Index != b.Match.Index ? a.Match.Index.CompareTo(b.Match.Index) : b.Match.Length.CompareTo(a.Match.Length));
        var dates = new List<ExtractedDate>();
        var lastEnd = -1;
        PartialDate? previous = null;
        foreach (var (kind, m) in matches)
        {
            if (m.Index < lastEnd)
            {
                continue;
            }

            var date = Resolve(kind, m, anchor, previous);
            if (date is null)
            {
                continue;
            }

            lastEnd = m.Index + m.Length;
            dates.Add(date with { Text = m.Value, Span = new TextSpan(m.Index, m.Index + m.Length) });
            if (!date.YearInferred)
            {
                previous = date.Value;
            }
        }

        return dates;
    }

    // The matches Regex.Matches would give for the unanchored pattern, provided every offset where one can start is in `starts`.
    private static void AddAnchoredMatches(Kind kind, Regex anchored, string text, List<int> starts, List<(Kind Kind, Match Match)> matches)
    {
        var from = 0;
        foreach (var start in starts)
        {
            if (start < from)
            {
                continue;
            }

            var m = anchored.Match(text, start);
            if (m.Success)
            {
                matches.Add((kind, m));
                from = m.Index + m.Length;
            }
        }
    }

    /// <summary>The article's own date: a "Published:" line, a dateline ("LONDON, Sept. 19, 2025 —", "by | Apr 24, 2026") or a date alone on a line near the top.</summary>
    public static PartialDate? FindPublished(string text)
    {
        var chars = 0;
        foreach (var line in FirstLines(text, 12))
        {
            chars += line.Length;
            if (UpdatedLine().IsMatch(line))
            {
                continue;
            }

            var isDateline = PublishedLine().IsMatch(line) || DatelineLine().IsMatch(line) || line.Length <= 60;
            if (isDateline)
            {
                var first = Parse(line, null).FirstOrDefault(d => !d.IsRelative && !d.YearInferred && d.Value.Precision is DatePrecision.Day or DatePrecision.Month);
                if (first is not null && (PublishedLine().IsMatch(line) || DatelineLine().IsMatch(line) || (line.Length <= 40 && first.Text.Length >= line.Trim().Length - 12)
                    || DateOpensOrClosesLine(line, first.Span)))
                {
                    return first.Value;
                }
            }

            if (chars > 1200)
            {
                break;
            }
        }

        return null;
    }

    // A short line that is a date and a label: "July 16, 2021 | Semiconductors", "Oct. 26, 2023 — WASHINGTON" (the date first, then a
    // separator), or "SAN FRANCISCO, September 5, 2025", "JUNO BEACH, Fla., Dec. 9, 2025" (a place, then the date to the line's end).
    private static bool DateOpensOrClosesLine(string line, TextSpan date)
    {
        var before = line.AsSpan(0, date.Start).Trim();
        var after = line.AsSpan(date.End).Trim();
        return (before.IsEmpty && (after.IsEmpty || after[0] is '|' or '\u2014' or '\u2013' or '\u00b7' or '-' or '/'))
            || (after.IsEmpty && before.Length > 2 && before[^1] == ',' && char.IsUpper(before[0]) && PlaceBeforeDate().IsMatch(before));
    }

    /// <summary>The place and date that open a wire story's line ("REDMOND, Wash., Oct. 28, 2025 — ..."), up to the year: the
    /// spans of the first lines of the text that start with one.</summary>
    internal static List<TextSpan> WireDatelines(string text)
    {
        var spans = new List<TextSpan>();
        var start = 0;
        foreach (var line in FirstLines(text, 12))
        {
            if (line.Length > 0 && char.IsUpper(line[0]) && WireDateline().Match(line) is { Success: true } m)
            {
                spans.Add(new TextSpan(start, start + m.Length));
            }

            start += line.Length + 1;
        }

        return spans;
    }

    // text.Split('\n').Take(count) without cutting the rest of the article into lines.
    private static IEnumerable<string> FirstLines(string text, int count)
    {
        var start = 0;
        for (var n = 0; n < count && start <= text.Length; n++)
        {
            var newline = text.IndexOf('\n', start);
            var end = newline < 0 ? text.Length : newline;
            yield return text[start..end];
            start = end + 1;
        }
    }

    private static ExtractedDate? Resolve(Kind kind, Match m, DateOnly? anchor, PartialDate? previous)
    {
        var inv = CultureInfo.InvariantCulture;
        int Y() => AsciiDigits.ParseInt(m.Groups["y"].Value);
        int D() => AsciiDigits.ParseInt(m.Groups["d"].Value);
        ExtractedDate Absolute(PartialDate value) => new(m.Value, default, value);
        ExtractedDate? Relative(PartialDate? value) => value is null ? null : new ExtractedDate(m.Value, default, value.Value) { IsRelative = true };
        var reference = anchor ?? previous?.Start;
        switch (kind)
        {
            case Kind.Day:
            case Kind.DayEu:
                return SafeDay(Y(), MonthNumber(m.Groups["mon"].Value), D()) is { } day ? Absolute(day) : null;
            case Kind.Iso:
                return SafeDay(Y(), AsciiDigits.ParseInt(m.Groups["mo"].Value), D()) is { } iso ? Absolute(iso) : null;
            case Kind.MonthYear:
                return Absolute(PartialDate.Month(Y(), MonthNumber(m.Groups["mon"].Value)));
            case Kind.MonthOfRelativeYear:
                if (anchor is null)
                {
                    return null;
                }

                var shift = m.Groups["rel"].Value.ToUpperInvariant() switch { "LAST" => -1, "NEXT" => 1, _ => 0 };
                return Relative(PartialDate.Month(anchor.Value.Year + shift, MonthNumber(m.Groups["mon"].Value)));
            case Kind.Quarter:
                var q = m.Groups["q"].Success ? AsciiDigits.ParseInt(m.Groups["q"].Value) : Ordinal(m.Groups["qw"].Value);
                return Absolute(PartialDate.Quarter(Y(), q));
            case Kind.Half:
                var h = m.Groups["h"].Success ? AsciiDigits.ParseInt(m.Groups["h"].Value) : Ordinal(m.Groups["hw"].Value);
                return Absolute(PartialDate.Half(Y(), h));
            case Kind.PartOfYear:
                var part = m.Groups["part"].Value.ToUpperInvariant();
                return Absolute(part.Contains("EARLY", StringComparison.Ordinal) || part.Contains("START", StringComparison.Ordinal) || part.Contains("BEGINNING", StringComparison.Ordinal)
                    ? PartialDate.Half(Y(), 1)
                    : part.Contains("MID", StringComparison.Ordinal) ? PartialDate.Year(Y()) : PartialDate.Half(Y(), 2));
            case Kind.MonthDay:
                if (reference is null)
                {
                    return null;
                }

                return SafeDay(reference.Value.Year, MonthNumber(m.Groups["mon"].Value), D()) is { } md ? new ExtractedDate(m.Value, default, md) { YearInferred = true } : null;
            case Kind.LastMonth:
                if (anchor is null)
                {
                    return null;
                }

                // "last August" in May 2024 is August 2023; "next March" in May 2024 is March 2025.
                var named = MonthNumber(m.Groups["mon"].Value);
                var next = m.Groups["rel"].Value is "next" or "Next";
                var year = next ? (named > anchor.Value.Month ? anchor.Value.Year : anchor.Value.Year + 1) : (named < anchor.Value.Month ? anchor.Value.Year : anchor.Value.Year - 1);
                return Relative(PartialDate.Month(year, named));
            case Kind.MonthOnly:
                if (reference is null)
                {
                    return null;
                }

                return new ExtractedDate(m.Value, default, PartialDate.Month(reference.Value.Year, MonthNumber(m.Groups["mon"].Value))) { YearInferred = true };
            case Kind.Weekday:
                return anchor is null ? null : Relative(ResolveWeekday(m, anchor.Value));
            case Kind.RelativeUnit:
                return Relative(ResolveUnit(m, anchor, previous));
            case Kind.Adverb:
                if (anchor is null)
                {
                    return null;
                }

                var offset = m.Value.ToUpperInvariant() switch { "YESTERDAY" => -1, "TOMORROW" => 1, _ => 0 };
                return Relative(new PartialDate(anchor.Value.AddDays(offset), DatePrecision.Day));
            case Kind.YearOnly:
                return Absolute(PartialDate.Year(Y()));
            default:
                return null;
        }
    }

    private static PartialDate ResolveWeekday(Match m, DateOnly anchor)
    {
        var target = Enum.Parse<DayOfWeek>(m.Groups["wd"].Value, ignoreCase: true);
        var pre = m.Groups["pre"].Value.ToUpperInvariant();
        var back = ((int)anchor.DayOfWeek - (int)target + 7) % 7;
        if (pre.StartsWith("NEXT", StringComparison.Ordinal))
        {
            var forward = ((int)target - (int)anchor.DayOfWeek + 7) % 7;
            return new PartialDate(anchor.AddDays(forward == 0 ? 7 : forward), DatePrecision.Day);
        }

        if (back == 0 && pre.Length > 0 && pre != "ON")
        {
            back = 7;
        }

        return new PartialDate(anchor.AddDays(-back), DatePrecision.Day);
    }

    private static PartialDate? ResolveUnit(Match m, DateOnly? anchor, PartialDate? previous)
    {
        var pre = m.Groups["pre"].Value.ToUpperInvariant();
        var unit = m.Groups["unit"].Value.ToUpperInvariant();
        var dir = m.Groups["dir"].Value.ToUpperInvariant().Trim();
        // "less than a year after Perplexity closed its Series A": measured from an event the sentence goes on to name, not a date.
        if (dir is "BEFORE" or "AFTER")
        {
            return null;
        }

        var fromPrevious = pre is "THE FOLLOWING" or "THE NEXT" or "THE PREVIOUS" || dir is "LATER" or "EARLIER";
        var basis = fromPrevious ? previous?.Start ?? anchor : anchor;
        if (basis is null)
        {
            return null;
        }

        var b = basis.Value;
        int n;
        if (pre is "LAST" or "PREVIOUS" or "THE PREVIOUS")
        {
            n = -1;
        }
        else if (pre is "NEXT" or "THE FOLLOWING" or "THE NEXT")
        {
            n = 1;
        }
        else if (pre is "THIS" or "EARLIER THIS" or "LATER THIS")
        {
            n = 0;
        }
        else
        {
            var count = Count(pre);
            if (count is null || dir.Length == 0)
            {
                return null;
            }

            n = dir is "AGO" or "EARLIER" or "BEFORE" ? -count.Value : count.Value;
        }

        return unit switch
        {
            "DAY" => new PartialDate(b.AddDays(n), DatePrecision.Day),
            "WEEK" => PartialDate.Month(b.AddDays(7 * n).Year, b.AddDays(7 * n).Month),
            "MONTH" => PartialDate.Month(b.AddMonths(n).Year, b.AddMonths(n).Month),
            "QUARTER" => PartialDate.Quarter(b.AddMonths(3 * n).Year, ((b.AddMonths(3 * n).Month - 1) / 3) + 1),
            _ => PartialDate.Year(b.Year + n),
        };
    }

    private static int? Count(string word) => word switch
    {
        "A" or "ONE" or "AN" => 1,
        "TWO" => 2,
        "THREE" => 3,
        "FOUR" => 4,
        "FIVE" => 5,
        "SIX" => 6,
        "SEVEN" => 7,
        "EIGHT" => 8,
        "NINE" => 9,
        "TEN" => 10,
        _ => int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null,
    };

    private static int Ordinal(string word) => word.ToUpperInvariant() switch
    {
        "FIRST" => 1,
        "SECOND" => 2,
        "THIRD" => 3,
        _ => 4,
    };

    internal static int MonthNumber(string name) => name.TrimEnd('.')[..3].ToUpperInvariant() switch
    {
        "JAN" => 1,
        "FEB" => 2,
        "MAR" => 3,
        "APR" => 4,
        "MAY" => 5,
        "JUN" => 6,
        "JUL" => 7,
        "AUG" => 8,
        "SEP" => 9,
        "OCT" => 10,
        "NOV" => 11,
        _ => 12,
    };

    private static PartialDate? SafeDay(int year, int month, int day) =>
        day >= 1 && day <= DateTime.DaysInMonth(year, month) ? PartialDate.Day(year, month, day) : null;

    // "Apr 24, 2026", "Sept. 19, 2025", "January 23rd, 2023"
    [GeneratedRegex(@"\G\b" + Month + @"\s(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s" + Year + @"\b", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex DayRegex();

    // "24 April 2026"
    [GeneratedRegex(@"\G\b(?<d>\d{1,2})\s" + Month + @",?\s" + Year + @"\b", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex DayEuRegex();

    // "2025-03-19"
    [GeneratedRegex(@"\b" + Year + @"-(?<mo>[01]\d)-(?<d>[0-3]\d)\b", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex IsoRegex();

    // "In March of this year"
    [GeneratedRegex(@"\G\b" + Month + @"\s(?:of\s)?(?<rel>this|last|next)\syear\b", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase)]
    private static partial Regex MonthOfRelativeYearRegex();

    // "November 2024", "early March 2025", "June of 2024"
    [GeneratedRegex(@"\G\b(?:(?:early|mid|late)[\s-])?" + Month + @"(?:\sof)?,?\s" + Year + @"\b", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex MonthYearRegex();

    // "Q3 2024", "the first quarter of 2027"
    [GeneratedRegex(@"\G\b(?:Q(?<q>[1-4])|(?:the\s)?(?<qw>first|second|third|fourth)[\s-]quarter)(?:\sof)?,?\s" + Year + @"\b", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase)]
    private static partial Regex QuarterRegex();

    // "H2 2026", "the second half of 2026"
    [GeneratedRegex(@"\G\b(?:H(?<h>[12])|(?:the\s)?(?<hw>first|second)\shalf)(?:\sof)?,?\s" + Year + @"\b", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase)]
    private static partial Regex HalfRegex();

    // "early 2025", "by the end of 2024", "mid-2026"
    [GeneratedRegex(@"\G\b(?<part>early|mid|late|the end of|end of|the start of|the beginning of|beginning of)[\s-]" + Year + @"\b", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase)]
    private static partial Regex PartOfYearRegex();

    // "August 8", "on July 7" (no year: the year is only inferred)
    [GeneratedRegex(@"\G\b" + Month + @"\s(?<d>[0-3]?\d)(?:st|nd|rd|th)?\b(?!,?\s(?:19|20)\d\d)(?![\d,.]*\s?(?:%|percent|million|billion))", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex MonthDayRegex();

    // "last August", "this past March", "next May": the nearest such month before (or after) the anchor's
    [GeneratedRegex(@"\b(?<rel>[Ll]ast|[Nn]ext|[Tt]his\spast)\s(?<mon>January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s\d)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex LastMonthRegex();

    // "in February", "since June"
    [GeneratedRegex(@"\G(?<=\b(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ff]rom|[Dd]uring|[Oo]f|[Ee]arly|[Ll]ate)\s)(?<mon>January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s\d)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex MonthOnlyRegex();

    // "on Wednesday", "last Thursday", "earlier this week"-style weekdays
    [GeneratedRegex(@"\G\b(?:(?<pre>on|last|this past|this|next|earlier on)\s)?(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase)]
    private static partial Regex WeekdayRegex();

    // "last month", "earlier this year", "two months ago", "the following year", "a day later"
    [GeneratedRegex(@"\G\b(?<pre>last|this|next|earlier this|later this|previous|the previous|the following|the next|a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s(?<unit>day|week|month|quarter|year)s?(?:\s(?<dir>ago|earlier|later|before|after)\b)?", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase)]
    private static partial Regex RelativeUnitRegex();

    // "yesterday", "today"
    [GeneratedRegex(@"\b(?:yesterday|today|tomorrow)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AdverbRegex();

    // "in 2016", "the 2014 purchase", "in 2022, runs" (but not "2,022" or "2022,500")
    [GeneratedRegex(@"(?<![\$€£₹\d.,-])\b" + Year + @"\b(?!\d|,\d|-\d|\s?%)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex YearOnlyRegex();

    // "Published: August 19, 2025", "Posted on ..."
    [GeneratedRegex(@"^\s*(?:published|posted|date|first published)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PublishedLine();

    // "LONDON, Sept. 19, 2025 —", "by | Apr 24, 2026", "By Jane Doe | March 3, 2025", and a wire dateline that opens the first
    // paragraph: "SANTA CLARA, Calif., Feb. 15, 2022 — Advanced Micro Devices completed ..." (also with " - " or " -- " typed
    // as hyphens), and with the wire's name: "TOKYO, Feb 3, 2025 (Wire) - SoftBank Group will ..."
    [GeneratedRegex(@"(?:^[A-Z][A-Za-z .,'-]{1,40},\s.{6,25}\d{4}\s*[—–-]+\s*$|^\s*by\b.{0,60}\||" + WirePlaceAndDate + WireDash + ")", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DatelineLine();

    // The place and date of a wire dateline, without the dash that follows: "REDMOND, Wash., Oct. 28, 2025" in
    // "REDMOND, Wash., Oct. 28, 2025 — Microsoft and OpenAI said", also when the dash ends the dateline's own line.
    [GeneratedRegex(WirePlaceAndDate + "(?=" + WireDashMark + @"\s*(?:\S|$))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WireDateline();

    /// <summary>Whether the text before a sentence's subject is a wire dateline: "NEW YORK, Oct. 9, 2025 — ", "HOUSTON, June 11,
    /// 2025 (Wire) — ".</summary>
    internal static bool IsWireDatelinePrefix(ReadOnlySpan<char> prefix) => WireDatelinePrefix().IsMatch(prefix);

    [GeneratedRegex(WirePlaceAndDate + @"\s*(?:[—–]+|-{1,2}|\([A-Za-z .&]{2,30}\)\s*[—–-]+)\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WireDatelinePrefix();

    private const string WirePlaceAndDate = @"^(?-i:[A-Z][A-Z.'-]+(?:\s[A-Z][A-Z.'-]+){0,3}),\s.{0,30}?\d{4}";

    private const string WireDashMark = @"\s*(?:[—–]+|(?<=\s)-{1,2}(?=\s)|\([A-Za-z .&]{2,30}\)\s*[—–-]+)";

    private const string WireDash = WireDashMark + @"\s*\S";

    // "SAN FRANCISCO,", "JUNO BEACH, Fla.,": a place in capitals, perhaps with a state's short form, and a comma
    [GeneratedRegex(@"^[A-Z][A-Z .'-]{1,30},(?:\s[A-Z][a-z]{1,4}\.(?:\s?[A-Z]\.)?,)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceBeforeDate();

    // "Updated: Oct. 30, 2025" is never the publication date.
    [GeneratedRegex(@"^\s*(?:last\s)?updated\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex UpdatedLine();
}
