using System.Globalization;
using System.Text.RegularExpressions;
using AiDealTracker.Core.Domain;

namespace AiDealTracker.Core.Ingestion.Html;

/// <summary>Reads publication dates as pages write them: ISO timestamps, RFC 1123, "May 17, 2024", and /2024/05/17/ in URLs.</summary>
public static partial class PublishedDateParser
{
    private static readonly string[] WrittenFormats =
    [
        "MMMM d, yyyy", "MMM d, yyyy", "MMM. d, yyyy", "d MMMM yyyy", "d MMM yyyy", "dddd, MMMM d, yyyy",
        "ddd, d MMM yyyy HH:mm:ss", "ddd, dd MMM yyyy HH:mm:ss", "yyyy/MM/dd", "yyyy.MM.dd",
    ];

    /// <summary>The calendar date as written on the page (the local date of the timestamp's own offset, not converted to UTC).</summary>
    public static bool TryParse(string? text, out PartialDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        text = text.Trim();
        var iso = IsoDate().Match(text);
        if (iso.Success)
        {
            var year = int.Parse(iso.Groups["y"].Value, CultureInfo.InvariantCulture);
            var month = int.Parse(iso.Groups["m"].Value, CultureInfo.InvariantCulture);
            if (!iso.Groups["d"].Success)
            {
                return TryMake(year, month, null, out date);
            }

            return TryMake(year, month, int.Parse(iso.Groups["d"].Value, CultureInfo.InvariantCulture), out date);
        }

        var compact = CompactDate().Match(text);
        if (compact.Success)
        {
            return TryMake(
                int.Parse(compact.Groups["y"].Value, CultureInfo.InvariantCulture),
                int.Parse(compact.Groups["m"].Value, CultureInfo.InvariantCulture),
                int.Parse(compact.Groups["d"].Value, CultureInfo.InvariantCulture),
                out date);
        }

        if (!FourDigitYear().IsMatch(text))
        {
            return false;
        }

        var cleaned = TimeZoneSuffix().Replace(text, string.Empty).Trim();
        if (DateTime.TryParseExact(cleaned, WrittenFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var written))
        {
            return TryMake(written.Year, written.Month, written.Day, out date);
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var stamped))
        {
            return TryMake(stamped.Year, stamped.Month, stamped.Day, out date);
        }

        return false;
    }

    /// <summary>A date in a URL path: /2024/05/17/ gives the day, /2024/05/ the month.</summary>
    public static bool TryParseUrl(string? url, out PartialDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(url))
        {
            return false;
        }

        var match = UrlDate().Match(url);
        if (!match.Success)
        {
            return false;
        }

        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        int? day = match.Groups["d"].Success ? int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture) : null;
        return TryMake(year, month, day, out date);
    }

    private static bool TryMake(int year, int month, int? day, out PartialDate date)
    {
        date = default;
        if (year is < 1990 or > 2100 || month is < 1 or > 12)
        {
            return false;
        }

        if (day is null)
        {
            date = PartialDate.Month(year, month);
            return true;
        }

        if (day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = PartialDate.Day(year, month, day.Value);
        return true;
    }

    // "2021-11-01T10:52:50+0100", "2019-04-28 06:01:07", "2024-06"
    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{1,2})(?:-(?<d>\d{1,2}))?(?:$|[T\s])", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    // "20240517" or "20240517T120000Z"
    [GeneratedRegex(@"^(?<y>\d{4})(?<m>\d{2})(?<d>\d{2})(?:$|T)", RegexOptions.CultureInvariant)]
    private static partial Regex CompactDate();

    // "/2024/05/17/story" or "/2024/05/story"
    [GeneratedRegex(@"/(?<y>(?:19|20)\d{2})/(?<m>0?[1-9]|1[0-2])/(?:(?<d>0?[1-9]|[12]\d|3[01])/)?", RegexOptions.CultureInvariant)]
    private static partial Regex UrlDate();

    [GeneratedRegex(@"\b(?:19|20)\d{2}\b", RegexOptions.CultureInvariant)]
    private static partial Regex FourDigitYear();

    // "Fri, 24 Jul 2015 05:36:09 GMT" -> drop the zone name DateTime cannot read
    [GeneratedRegex(@"\s+(?:GMT|UTC|Z|[ECMP][SD]T|[+-]\d{2}:?\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex TimeZoneSuffix();
}
