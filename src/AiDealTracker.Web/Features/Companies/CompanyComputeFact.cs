namespace AiDealTracker.Web.Features.Companies;

public sealed record CompanyComputeFact(int Id, int ArticleId, string ArticleTitle, string? Model, string? Hardware, long? Quantity);
