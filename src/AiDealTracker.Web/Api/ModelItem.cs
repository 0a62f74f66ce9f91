namespace AiDealTracker.Web.Api;

public sealed record ModelItem(int Id, string Name, string? Family, int? DeveloperId, string? Developer, int Deals);
