namespace AiDealTracker.Web.Features.Deals;

public sealed record NamedRef(int Id, string Name);
