using AiDealTracker.Core.Domain;

namespace AiDealTracker.Web.Features.Deals;

public sealed record DealPartyView(int CompanyId, string Name, DealRole Role);
