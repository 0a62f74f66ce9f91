using AiDealTracker.Core.Domain;

namespace AiDealTracker.Web.Features.Dashboard;

public sealed record TypeTotal(DealType Type, int Count, decimal ValueUsd);
