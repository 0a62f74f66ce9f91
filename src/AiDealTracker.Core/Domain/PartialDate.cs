using System.Globalization;

namespace AiDealTracker.Core.Domain;

/// <summary>A date known only to some precision: the first day of the period it names.</summary>
public readonly record struct PartialDate(DateOnly Start, DatePrecision Precision)
{
    public static PartialDate Day(int year, int month, int day) => new(new DateOnly(year, month, day), DatePrecision.Day);

    public static PartialDate Month(int year, int month) => new(new DateOnly(year, month, 1), DatePrecision.Month);

    public static PartialDate Year(int year) => new(new DateOnly(year, 1, 1), DatePrecision.Year);

    public static PartialDate Quarter(int year, int quarter) => new(new DateOnly(year, ((quarter - 1) * 3) + 1, 1), DatePrecision.Quarter);

    public static PartialDate Half(int year, int half) => new(new DateOnly(year, half == 1 ? 1 : 7, 1), DatePrecision.Half);

    /// <summary>The last day of the period.</summary>
    public DateOnly End => Precision switch
    {
        DatePrecision.Day => Start,
        DatePrecision.Month => Start.AddMonths(1).AddDays(-1),
        DatePrecision.Quarter => Start.AddMonths(3).AddDays(-1),
        DatePrecision.Half => Start.AddMonths(6).AddDays(-1),
        _ => Start.AddYears(1).AddDays(-1),
    };

    /// <summary>ISO form at the precision the source supports: 2025-03-19, 2025-03 or 2025 (quarters and halves keep the year).</summary>
    public string ToIsoString() => Precision switch
    {
        DatePrecision.Day => Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DatePrecision.Month => Start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => Start.Year.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>Human form: "19 Mar 2025", "Mar 2025", "Q2 2025", "H1 2025", "2025".</summary>
    public string ToDisplayString() => Precision switch
    {
        DatePrecision.Day => Start.ToString("d MMM yyyy", CultureInfo.InvariantCulture),
        DatePrecision.Month => Start.ToString("MMM yyyy", CultureInfo.InvariantCulture),
        DatePrecision.Quarter => string.Create(CultureInfo.InvariantCulture, $"Q{((Start.Month - 1) / 3) + 1} {Start.Year}"),
        DatePrecision.Half => string.Create(CultureInfo.InvariantCulture, $"H{(Start.Month <= 6 ? 1 : 2)} {Start.Year}"),
        _ => Start.Year.ToString(CultureInfo.InvariantCulture),
    };

    public override string ToString() => ToIsoString();

    /// <summary>Parses "2025", "2025-03", "2025-03-19", "2025-Q2" and "2025-H1".</summary>
    public static bool TryParse(string? text, out PartialDate value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        text = text.Trim();
        var inv = CultureInfo.InvariantCulture;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", inv, DateTimeStyles.None, out var day))
        {
            value = new PartialDate(day, DatePrecision.Day);
            return true;
        }

        if (DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", inv, DateTimeStyles.None, out var month))
        {
            value = new PartialDate(month, DatePrecision.Month);
            return true;
        }

        if (text.Length == 7 && int.TryParse(text.AsSpan(0, 4), NumberStyles.None, inv, out var y) && text[4] == '-'
            && int.TryParse(text.AsSpan(6, 1), NumberStyles.None, inv, out var n) && y is >= 1900 and <= 2200)
        {
            if (text[5] is 'Q' or 'q' && n is >= 1 and <= 4)
            {
                value = Quarter(y, n);
                return true;
            }

            if (text[5] is 'H' or 'h' && n is 1 or 2)
            {
                value = Half(y, n);
                return true;
            }
        }

        if (text.Length == 4 && int.TryParse(text, NumberStyles.None, inv, out var year) && year is >= 1900 and <= 2200)
        {
            value = Year(year);
            return true;
        }

        return false;
    }
}
