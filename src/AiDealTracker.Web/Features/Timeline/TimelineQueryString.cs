using System.Globalization;
using AiDealTracker.Core.Domain;

namespace AiDealTracker.Web.Features.Timeline;

/// <summary>How the timeline's zoom and window live in the URL: zoom=months&amp;at=2025-03-01.</summary>
public static class TimelineQueryString
{
    public static TimelineZoom ParseZoom(string? text) =>
        Enum.TryParse<TimelineZoom>(text, ignoreCase: true, out var zoom) && Enum.IsDefined(zoom) ? zoom : TimelineZoom.Years;

    public static string? Zoom(TimelineZoom zoom) => zoom == TimelineZoom.Years ? null : zoom.ToString().ToLowerInvariant();

    public static DateOnly? ParseDate(string? text) => PartialDate.TryParse(text, out var date) ? date.Start : null;

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Label(TimelineWindow window) =>
        window.Start.ToString("d MMM yyyy", CultureInfo.InvariantCulture) + " – " + window.End.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
}
