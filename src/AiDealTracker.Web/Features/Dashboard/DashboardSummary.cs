using AiDealTracker.Web.Features.Deals;

namespace AiDealTracker.Web.Features.Dashboard;

public sealed record DashboardSummary(
    int Articles,
    int Deals,
    int Companies,
    decimal DisclosedUsd,
    IReadOnlyList<TypeTotal> ByType,
    IReadOnlyList<DealRow> Latest);
