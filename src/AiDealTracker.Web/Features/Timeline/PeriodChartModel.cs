using AiDealTracker.Core.Domain;
using AiDealTracker.Web.Features.Common;

namespace AiDealTracker.Web.Features.Timeline;

/// <summary>One stacked-column series per deal type, each with a point for every period of the window (zero when empty).</summary>
public static class PeriodChartModel
{
    public static IReadOnlyList<ChartSeries> Build(IReadOnlyList<PeriodTotal> totals, TimelineWindow window, bool byCount)
    {
        var periods = new List<(DateOnly Start, string Label)>();
        var step = window.ChartByMonth ? 1 : 3;
        var first = new DateOnly(window.Start.Year, window.ChartByMonth ? window.Start.Month : ((window.Start.Month - 1) / 3 * 3) + 1, 1);
        for (var p = first; p <= window.End; p = p.AddMonths(step))
        {
            var label = totals.FirstOrDefault(t => t.Period == p)?.Label
                ?? (window.ChartByMonth
                    ? p.ToString("MMM yy", System.Globalization.CultureInfo.InvariantCulture)
                    : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Q{((p.Month - 1) / 3) + 1} {p.Year % 100:00}"));
            periods.Add((p, label));
        }

        return totals.Select(t => t.Type).Distinct().Order()
            .Select(type => new ChartSeries(
                type,
                DealTypeNames.Display(type),
                TypeColors.Hex(type),
                periods.Select(p =>
                {
                    var total = totals.FirstOrDefault(t => t.Type == type && t.Period == p.Start);
                    return new ChartPoint(p.Label, total is null ? 0 : byCount ? total.Count : Math.Round(total.ValueBillions, 2));
                }).ToList()))
            .ToList();
    }
}
