using AiDealTracker.Core.Domain;

namespace AiDealTracker.Web.Features.Companies;

/// <summary>A company's deals of one type in one year (Year null for undated deals).</summary>
public sealed record CompanyTotal(int? Year, DealType Type, int Deals, decimal ValueUsd);
