namespace AiDealTracker.Web.Features.Deals;

public sealed record DealSourceView(int ArticleId, string Title, string? SiteName, string? Byline, DateOnly? Published, string Source, string? Url);
