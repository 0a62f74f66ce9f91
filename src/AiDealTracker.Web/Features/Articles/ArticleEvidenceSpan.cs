namespace AiDealTracker.Web.Features.Articles;

public sealed record ArticleEvidenceSpan(int Id, int Start, int End, int? DealId);
