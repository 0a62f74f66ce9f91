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
        var dated = new List<SnapshotDeal>();
        var undated = 0;
        DateOnly? first = null, last = null;
        foreach (var d in snapshot.Where(filter))
        {
            if (d.Date is not { } date || d.DatePrecision is null)
            {
                undated++;
                continue;
            }

            dated.Add(d);
            first = first is null || date < first ? date : first;
            last = last is null || date > last ? date : last;
        }

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var window = TimelineWindow.For(zoom, at, first ?? filter.From ?? today.AddYears(-1), last ?? filter.To ?? today);

        // A deal dated "2025" starts up to a year before it ends: look back that far so periods that reach into the window count.
        var lookBack = window.Start.AddYears(-1);
        var largest = new PriorityQueue<SnapshotDeal, (bool, decimal, int)>();
        var totals = new Dictionary<(DateOnly Period, DealType Type), (int Count, decimal Value)>();
        var inWindow = 0;
        foreach (var d in dated)
        {
            var date = d.Date!.Value;
            if (date < lookBack || date > window.End || new PartialDate(date, d.DatePrecision!.Value).End < window.Start)
            {
                continue;
            }

            // Keep the MaxDeals largest: the queue's head is the smallest kept (unknown amounts rank below any amount).
            largest.Enqueue(d, (d.AmountUsd is not null, d.AmountUsd ?? 0, -d.Id));
            if (largest.Count > MaxDeals)
            {
                largest.Dequeue();
            }

            if (date >= window.Start)
            {
                inWindow++;
                var key = (PeriodStart(window, date), d.Type);
                var (count, value) = totals.GetValueOrDefault(key);
                totals[key] = (count + 1, value + (d.AmountUsd ?? 0));
            }
        }

        var shown = largest.UnorderedItems
            .Select(x => x.Element)
            .OrderBy(d => d.AmountUsd is null).ThenByDescending(d => d.AmountUsd).ThenBy(d => d.Id)
            .Select(d => new TimelineDeal(d.Id, d.Summary, d.Type, d.AmountUsd, new PartialDate(d.Date!.Value, d.DatePrecision!.Value)))
            .ToList();
        var periods = totals
            .Select(t => new PeriodTotal(t.Key.Period, PeriodLabel(window, t.Key.Period), t.Key.Type, t.Value.Count, t.Value.Value))
            .OrderBy(p => p.Period).ThenBy(p => p.Type)
            .ToList();
        return new TimelineData(window, shown, inWindow, undated, periods);
    }

    private static DateOnly PeriodStart(TimelineWindow window, DateOnly date) =>
        window.ChartByMonth ? new DateOnly(date.Year, date.Month, 1) : new DateOnly(date.Year, ((date.Month - 1) / 3 * 3) + 1, 1);

    private static string PeriodLabel(TimelineWindow window, DateOnly period) =>
        window.ChartByMonth
            ? period.ToString("MMM yy", CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"Q{((period.Month - 1) / 3) + 1} {period.Year % 100:00}");
}
