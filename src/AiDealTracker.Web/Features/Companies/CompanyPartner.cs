namespace AiDealTracker.Web.Features.Companies;

public sealed record CompanyPartner(int Id, string Name, int Deals, decimal ValueUsd);
