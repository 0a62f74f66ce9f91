namespace AiDealTracker.Web.Features.Partners;

public sealed record PartnerGraphData(IReadOnlyList<GraphCompany> Companies, IReadOnlyList<GraphLink> Links, int CompaniesWithDeals);
