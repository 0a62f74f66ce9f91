namespace AiDealTracker.Web.Features.Articles;

public sealed record ArticleComputeFact(int Id, string? Company, int? CompanyId, string? Model, string? Hardware, long? Quantity);
