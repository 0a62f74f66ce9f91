using AiDealTracker.Core.Domain;

namespace AiDealTracker.Web.Features.Articles;

/// <summary>A deal the article reports, with what this article says of it.</summary>
public sealed record ArticleFact(int DealId, string Summary, DealType Type, decimal? AmountUsd, DateOnly? Date, DatePrecision? DatePrecision);
