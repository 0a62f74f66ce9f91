namespace AiDealTracker.Web.Features.Timeline;

/// <summary>A deal drawn on the timeline: a span for a period, a dot for a day.</summary>
public sealed record TimelineBar(TimelineDeal Deal, double X, double Width, int Lane, bool IsPoint)
{
    public string Tooltip => $"{Deal.Summary} · {Deal.Date.ToDisplayString()} · {Common.Money.Compact(Deal.AmountUsd)}";
}
