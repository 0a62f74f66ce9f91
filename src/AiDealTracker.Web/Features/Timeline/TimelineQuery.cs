using System.Globalization;
using AiDealTracker.Core.Data;
using AiDealTracker.Core.Domain;
using AiDealTracker.Web.Features.Deals;
using Microsoft.EntityFrameworkCore;

namespace AiDealTracker.Web.Features.Timeline;

/// <summary>The filtered deals of one timeline window, largest first, and their totals per month or quarter by type.</summary>
public sealed class TimelineQuery(IDbContextFactory<DealTrackerDbContext> dbFactory)
{
    public const int MaxDeals = 400;

    public async Task<TimelineData> LoadAsync(DealFilter filter, TimelineZoom zoom, DateOnly? at, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var deals = DealListQuery.Apply(db, DealListQuery.Visible(db), filter);
        var dated = deals.Where(d => d.Date != null && d.DatePrecision != null);
        var extent = await dated
            .GroupBy(_ => 1)
            .Select(g => new { Min = g.Min(d => d.Date), Max = g.Max(d => d.Date), Count = g.Count() })
            .FirstOrDefaultAsync(cancellationToken);
        var undated = await deals.CountAsync(d => d.Date == null || d.DatePrecision == null, cancellationToken);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var window = TimelineWindow.For(zoom, at, extent?.Min ?? filter.From ?? today.AddYears(-1), extent?.Max ?? filter.To ?? today);

        // A deal dated "2025" starts up to a year before it ends: look back that far so periods that reach into the window count.
        var lookBack = window.Start.AddYears(-1);
        var inWindow = dated.Where(d => d.Date >= lookBack && d.Date <= window.End);
        var rows = await inWindow
            .OrderBy(d => d.AmountUsd == null).ThenByDescending(d => d.AmountUsd).ThenBy(d => d.Id)
            .Take(MaxDeals)
            .Select(d => new { d.Id, d.Summary, d.Type, d.AmountUsd, Date = d.Date!.Value, Precision = d.DatePrecision!.Value })
            .ToListAsync(cancellationToken);
        var count = await dated.CountAsync(d => d.Date >= window.Start && d.Date <= window.End, cancellationToken);
        var totals = await dated
            .Where(d => d.Date >= window.Start && d.Date <= window.End)
            .GroupBy(d => new { d.Date!.Value.Year, d.Date.Value.Month, d.Type })
            .Select(g => new { g.Key.Year, g.Key.Month, g.Key.Type, Count = g.Count(), Value = g.Sum(d => d.AmountUsd ?? 0) })
            .ToListAsync(cancellationToken);

        var timelineDeals = rows
            .Select(r => new TimelineDeal(r.Id, r.Summary, r.Type, r.AmountUsd, new PartialDate(r.Date, r.Precision)))
            .Where(d => d.End >= window.Start)
            .ToList();
        var periods = totals
            .GroupBy(t => (Period: PeriodStart(window, t.Year, t.Month), t.Type))
            .Select(g => new PeriodTotal(g.Key.Period, PeriodLabel(window, g.Key.Period), g.Key.Type, g.Sum(t => t.Count), g.Sum(t => t.Value)))
            .OrderBy(p => p.Period).ThenBy(p => p.Type)
            .ToList();
        return new TimelineData(window, timelineDeals, count, undated, periods);
    }

    private static DateOnly PeriodStart(TimelineWindow window, int year, int month) =>
        window.ChartByMonth ? new DateOnly(year, month, 1) : new DateOnly(year, ((month - 1) / 3 * 3) + 1, 1);

    private static string PeriodLabel(TimelineWindow window, DateOnly period) =>
        window.ChartByMonth
            ? period.ToString("MMM yy", CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"Q{((period.Month - 1) / 3) + 1} {period.Year % 100:00}");
}
