using AiDealTracker.Core.Domain;

namespace AiDealTracker.Web.Features.Deals;

public sealed record DealDetail(
    int Id,
    string Summary,
    DealType Type,
    DealStatus Status,
    decimal? AmountUsd,
    decimal? Amount,
    string? Currency,
    AmountQualifier AmountQualifier,
    DateOnly? Date,
    DatePrecision? DatePrecision,
    double Confidence,
    ReviewState ReviewState,
    DealFields HumanOwned,
    int? MergedIntoId,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<DealPartyView> Parties,
    IReadOnlyList<NamedRef> Models,
    IReadOnlyList<DealHardwareView> Hardware,
    IReadOnlyList<DealClaimView> Claims,
    IReadOnlyList<DealEvidenceView> Evidence,
    IReadOnlyList<DealSourceView> Sources)
{
    public string DateText => Common.DateText.Display(Date, DatePrecision);
}
