namespace AiDealTracker.Web.Features.Timeline;

public sealed record ChartPoint(string Label, double Value);
