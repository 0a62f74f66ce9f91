using AiDealTracker.Core.Domain;

namespace AiDealTracker.Web.Features.Deals;

/// <summary>What one article says about the deal.</summary>
public sealed record DealClaimView(
    int ArticleId,
    string ArticleTitle,
    string? SiteName,
    DealType Type,
    DealStatus Status,
    decimal? AmountUsd,
    DateOnly? Date,
    DatePrecision? DatePrecision,
    double Confidence)
{
    public PartialDate? PartialDate => Date is { } d ? new PartialDate(d, DatePrecision ?? Core.Domain.DatePrecision.Day) : null;
}
