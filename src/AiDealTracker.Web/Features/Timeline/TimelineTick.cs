namespace AiDealTracker.Web.Features.Timeline;

public sealed record TimelineTick(DateOnly Date, string Label);
