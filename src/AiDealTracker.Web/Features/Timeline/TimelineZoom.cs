namespace AiDealTracker.Web.Features.Timeline;

/// <summary>How much time the timeline shows at once: everything by year, two years by quarter, six months by month, eight weeks by week.</summary>
public enum TimelineZoom
{
    Years = 0,
    Quarters = 1,
    Months = 2,
    Weeks = 3,
}
