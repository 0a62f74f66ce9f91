using AiDealTracker.Core.Domain;

namespace AiDealTracker.Web.Features.Companies;

public sealed record CompanyRow(int Id, string Name, CompanyKind Kind, int Deals, int Aliases);
