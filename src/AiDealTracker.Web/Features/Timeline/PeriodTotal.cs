using AiDealTracker.Core.Domain;

namespace AiDealTracker.Web.Features.Timeline;

/// <summary>Deals of one type starting in one month or quarter.</summary>
public sealed record PeriodTotal(DateOnly Period, string Label, DealType Type, int Count, decimal ValueUsd)
{
    public double ValueBillions => (double)(ValueUsd / 1_000_000_000m);
}
