namespace AiDealTracker.Web.Features.Search;

public sealed record SearchHitDeal(int ArticleId, int DealId, string Summary);
