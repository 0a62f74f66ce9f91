namespace AiDealTracker.Web.Features.Timeline;

/// <summary>What the timeline page draws: the window, the largest deals in it, and totals per period and type.</summary>
public sealed record TimelineData(
    TimelineWindow Window,
    IReadOnlyList<TimelineDeal> Deals,
    int DealsInWindow,
    int UndatedDeals,
    IReadOnlyList<PeriodTotal> Periods);
