using AiDealTracker.Core.Domain;

namespace AiDealTracker.Web.Features.Deals;

public sealed record DealRow(
    int Id,
    string Summary,
    DealType Type,
    DealStatus Status,
    decimal? AmountUsd,
    DateOnly? Date,
    DatePrecision? DatePrecision,
    double Confidence,
    ReviewState ReviewState,
    IReadOnlyList<string> Parties,
    int Sources)
{
    public string DateText => Date is { } d && DatePrecision is { } p ? new PartialDate(d, p).ToDisplayString() : "—";
}
