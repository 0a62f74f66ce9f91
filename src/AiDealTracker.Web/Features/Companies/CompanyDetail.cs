using AiDealTracker.Core.Domain;
using AiDealTracker.Web.Features.Deals;
using AiDealTracker.Web.Features.Timeline;

namespace AiDealTracker.Web.Features.Companies;

public sealed record CompanyDetail(
    int Id,
    string Name,
    CompanyKind Kind,
    bool IsNew,
    ReviewState ReviewState,
    int? MergedIntoId,
    IReadOnlyList<string> Aliases,
    int Deals,
    decimal ValueUsd,
    IReadOnlyList<CompanyTotal> Totals,
    IReadOnlyList<CompanyPartner> Partners,
    IReadOnlyList<NamedRef> ModelsDeveloped,
    IReadOnlyList<NamedRef> ModelsInDeals,
    IReadOnlyList<NamedRef> HardwareInDeals,
    IReadOnlyList<CompanyComputeFact> ComputeFacts,
    IReadOnlyList<TimelineDeal> TimelineDeals);
