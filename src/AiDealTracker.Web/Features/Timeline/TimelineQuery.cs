using System.Globalization;
using AiDealTracker.Core.Domain;
using AiDealTracker.Web.Features.Deals;

namespace AiDealTracker.Web.Features.Timeline;

/// <summary>The filtered deals of one timeline window, largest first, and their totals per month or quarter by type.</summary>
public sealed class TimelineQuery(DealSnapshotCache snapshots)
{
    public const int MaxDeals = 400;

    public async Task<TimelineData> LoadAsync(DealFilter filter, TimelineZoom zoom, DateOnly? at, CancellationToken cancellationToken = default)
    {
        var snapshot = await snapshots.GetAsync(cancellationToken);
        var deals = snapshot.Where(filter).ToList();
        var dated = deals.Where(d => d.Date is not null && d.DatePrecision is not null).ToList();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var window = dated.Count == 0
            ? TimelineWindow.For(zoom, at, filter.From ?? today.AddYears(-1), filter.To ?? today)
            : TimelineWindow.For(zoom, at, dated.Min(d => d.Date!.Value), dated.Max(d => d.Date!.Value));

        // A deal dated "2025" starts up to a year before it ends: look back that far so periods that reach into the window count.
        var lookBack = window.Start.AddYears(-1);
        var shown = dated
            .Where(d => d.Date >= lookBack && d.Date <= window.End)
            .Select(d => new TimelineDeal(d.Id, d.Summary, d.Type, d.AmountUsd, new PartialDate(d.Date!.Value, d.DatePrecision!.Value)))
            .Where(d => d.End >= window.Start)
            .OrderBy(d => d.AmountUsd is null).ThenByDescending(d => d.AmountUsd).ThenBy(d => d.Id)
            .Take(MaxDeals)
            .ToList();
        var inWindow = dated.Where(d => d.Date >= window.Start && d.Date <= window.End).ToList();
        var periods = inWindow
            .GroupBy(d => (Period: PeriodStart(window, d.Date!.Value), d.Type))
            .Select(g => new PeriodTotal(g.Key.Period, PeriodLabel(window, g.Key.Period), g.Key.Type, g.Count(), g.Sum(d => d.AmountUsd ?? 0)))
            .OrderBy(p => p.Period).ThenBy(p => p.Type)
            .ToList();
        return new TimelineData(window, shown, inWindow.Count, deals.Count - dated.Count, periods);
    }

    private static DateOnly PeriodStart(TimelineWindow window, DateOnly date) =>
        window.ChartByMonth ? new DateOnly(date.Year, date.Month, 1) : new DateOnly(date.Year, ((date.Month - 1) / 3 * 3) + 1, 1);

    private static string PeriodLabel(TimelineWindow window, DateOnly period) =>
        window.ChartByMonth
            ? period.ToString("MMM yy", CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"Q{((period.Month - 1) / 3) + 1} {period.Year % 100:00}");
}
