namespace AiDealTracker.Web.Features.Partners;

public sealed record GraphCompany(int Id, string Name, int Deals, decimal ValueUsd);
