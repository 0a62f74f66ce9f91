using System.Globalization;

namespace AiDealTracker.Web.Features.Timeline;

/// <summary>The days [Start, End] the timeline shows at a zoom level, with its axis ticks.</summary>
public sealed record TimelineWindow(TimelineZoom Zoom, DateOnly Start, DateOnly End)
{
    public int Days => End.DayNumber - Start.DayNumber + 1;

    /// <summary>Months when the window spans two years or less, quarters beyond: about 8 to 40 columns.</summary>
    public bool ChartByMonth => Days <= 740;

    /// <summary>
    /// The window for <paramref name="zoom"/> anchored at <paramref name="at"/>; without an anchor it ends at the latest data.
    /// Years always shows the whole extent of the data.
    /// </summary>
    public static TimelineWindow For(TimelineZoom zoom, DateOnly? at, DateOnly extentStart, DateOnly extentEnd)
    {
        if (extentEnd < extentStart)
        {
            (extentStart, extentEnd) = (extentEnd, extentStart);
        }

        if (zoom == TimelineZoom.Years)
        {
            return new TimelineWindow(zoom, new DateOnly(extentStart.Year, 1, 1), new DateOnly(extentEnd.Year, 12, 31));
        }

        var start = Snap(zoom, at ?? Length(zoom, extentEnd, backwards: true));
        if (at is null && Length(zoom, start, backwards: false) < extentEnd)
        {
            // Snapping moved the start back past the latest data's period: one step later shows it.
            start = zoom == TimelineZoom.Weeks ? start.AddDays(7) : start.AddMonths(zoom == TimelineZoom.Months ? 1 : 3);
        }

        return new TimelineWindow(zoom, start, Length(zoom, start, backwards: false));
    }

    /// <summary>The window moved by half its length, for the previous/next buttons.</summary>
    public DateOnly Shifted(int direction) => Start.AddDays(direction * Math.Max(7, Days / 2));

    public IReadOnlyList<TimelineTick> Ticks()
    {
        var inv = CultureInfo.InvariantCulture;
        var ticks = new List<TimelineTick>();
        var yearsOnly = Zoom == TimelineZoom.Years && Days > 3 * 366;
        var date = Zoom switch
        {
            TimelineZoom.Weeks => Snap(TimelineZoom.Weeks, Start),
            TimelineZoom.Months => new DateOnly(Start.Year, Start.Month, 1),
            _ when yearsOnly => new DateOnly(Start.Year, 1, 1),
            _ => new DateOnly(Start.Year, ((Start.Month - 1) / 3 * 3) + 1, 1),
        };
        while (date <= End)
        {
            if (date >= Start)
            {
                var label = Zoom switch
                {
                    TimelineZoom.Weeks => date.ToString("d MMM", inv),
                    TimelineZoom.Months => date.Month == 1 ? date.ToString("MMM yyyy", inv) : date.ToString("MMM", inv),
                    _ when yearsOnly => date.Year.ToString(inv),
                    _ => date.Month == 1 ? string.Create(inv, $"Q1 {date.Year}") : string.Create(inv, $"Q{((date.Month - 1) / 3) + 1}"),
                };
                ticks.Add(new TimelineTick(date, label));
            }

            date = Zoom switch
            {
                TimelineZoom.Weeks => date.AddDays(7),
                TimelineZoom.Months => date.AddMonths(1),
                _ when yearsOnly => date.AddYears(1),
                _ => date.AddMonths(3),
            };
        }

        return ticks;
    }

    private static DateOnly Snap(TimelineZoom zoom, DateOnly date) => zoom switch
    {
        TimelineZoom.Weeks => date.AddDays(-(((int)date.DayOfWeek + 6) % 7)),
        TimelineZoom.Months => new DateOnly(date.Year, date.Month, 1),
        _ => new DateOnly(date.Year, ((date.Month - 1) / 3 * 3) + 1, 1),
    };

    private static DateOnly Length(TimelineZoom zoom, DateOnly from, bool backwards)
    {
        var sign = backwards ? -1 : 1;
        var moved = zoom switch
        {
            TimelineZoom.Weeks => from.AddDays(sign * 8 * 7),
            TimelineZoom.Months => from.AddMonths(sign * 6),
            _ => from.AddYears(sign * 2),
        };
        return backwards ? moved.AddDays(1) : moved.AddDays(-1);
    }
}
