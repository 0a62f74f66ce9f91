using AiDealTracker.Core.Domain;

namespace AiDealTracker.Web.Features.Partners;

/// <summary>The deals of one type between two companies (A has the smaller id), with the parties' roles and the latest deal.</summary>
public sealed record GraphLink(
    int A, int B, DealType Type, DealRole RoleA, DealRole RoleB, int Deals, decimal ValueUsd, int LatestDealId, string LatestSummary);
