namespace AiDealTracker.Web.Features.Articles;

public sealed record ArticleRow(int Id, string Title, string? SiteName, string? Byline, DateOnly? Published, int Deals);
