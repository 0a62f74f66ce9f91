namespace AiDealTracker.Web.Features.Deals;

/// <summary>The deal filter as query-string parameters, bound by the API with [AsParameters].</summary>
public sealed record DealFilterParameters(
    string? Company = null,
    string? Type = null,
    string? Status = null,
    string? From = null,
    string? To = null,
    string? Min = null,
    string? Max = null,
    string? Q = null)
{
    public DealFilter ToFilter() => DealFilter.FromQuery(Company, Type, Status, From, To, Min, Q, Max);
}
