namespace AiDealTracker.Web.Api;

public sealed record ArticleSearchItem(int ArticleId, string Title, string Snippet, string? SiteName, DateOnly? Published, IReadOnlyList<int> DealIds);
