namespace AiDealTracker.Web.Features.Timeline;

/// <summary>
/// Places deals on lanes so none overlap: largest deals first get the top lanes, each deal takes the first lane free at
/// its position. Day-precision deals become dots; periods become spans from their first to their last day.
/// </summary>
public sealed class TimelineLayout
{
    public const double LaneHeight = 16;
    public const double AxisHeight = 26;
    public const double PointWidth = 8;
    private const double Gap = 2;

    public TimelineLayout(TimelineWindow window, IEnumerable<TimelineDeal> deals, double width, int maxLanes)
    {
        Window = window;
        Width = width;
        var pixelsPerDay = width / window.Days;
        var lanes = new List<List<(double From, double To)>>();
        var bars = new List<TimelineBar>();
        var hidden = 0;
        foreach (var deal in deals.OrderByDescending(d => d.AmountUsd ?? 0).ThenBy(d => d.Start).ThenBy(d => d.Id))
        {
            if (deal.End < window.Start || deal.Start > window.End)
            {
                continue;
            }

            var isPoint = deal.Date.Precision == Core.Domain.DatePrecision.Day;
            var from = Math.Max(0, (deal.Start.DayNumber - window.Start.DayNumber) * pixelsPerDay);
            var to = Math.Min(width, (deal.End.DayNumber - window.Start.DayNumber + 1) * pixelsPerDay);
            if (isPoint || to - from < PointWidth)
            {
                var center = isPoint ? from + (pixelsPerDay / 2) : (from + to) / 2;
                from = Math.Clamp(center - (PointWidth / 2), 0, width - PointWidth);
                to = from + PointWidth;
            }

            var lane = lanes.FindIndex(l => l.All(o => to + Gap <= o.From || from >= o.To + Gap));
            if (lane < 0)
            {
                if (lanes.Count >= maxLanes)
                {
                    hidden++;
                    continue;
                }

                lanes.Add([]);
                lane = lanes.Count - 1;
            }

            lanes[lane].Add((from, to));
            bars.Add(new TimelineBar(deal, from, to - from, lane, isPoint));
        }

        Bars = bars.OrderBy(b => b.Lane).ThenBy(b => b.X).ToList();
        LaneCount = Math.Max(1, lanes.Count);
        Hidden = hidden;
        Ticks = window.Ticks().Select(t => (t, (t.Date.DayNumber - window.Start.DayNumber) * pixelsPerDay)).ToList();
    }

    public TimelineWindow Window { get; }

    public double Width { get; }

    public IReadOnlyList<TimelineBar> Bars { get; }

    public int LaneCount { get; }

    /// <summary>Deals in the window that found no free lane.</summary>
    public int Hidden { get; }

    public IReadOnlyList<(TimelineTick Tick, double X)> Ticks { get; }

    public double Height => AxisHeight + (LaneCount * LaneHeight) + 4;

    public static double LaneY(int lane) => AxisHeight + (lane * LaneHeight);
}
