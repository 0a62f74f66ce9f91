using AiDealTracker.Core.Domain;

namespace AiDealTracker.Web.Features.Timeline;

/// <summary>A deal placed in time: from the first to the last day of the period its date names.</summary>
public sealed record TimelineDeal(int Id, string Summary, DealType Type, decimal? AmountUsd, PartialDate Date)
{
    public DateOnly Start => Date.Start;

    public DateOnly End => Date.End;
}
