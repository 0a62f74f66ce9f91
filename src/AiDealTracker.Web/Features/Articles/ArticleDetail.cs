using AiDealTracker.Core.Domain;

namespace AiDealTracker.Web.Features.Articles;

public sealed record ArticleDetail(
    int Id,
    string Title,
    string Source,
    string? Url,
    string? Byline,
    string? SiteName,
    DateOnly? Published,
    DatePrecision? PublishedPrecision,
    DateTimeOffset IngestedAt,
    string ExtractorVersion,
    string Text,
    IReadOnlyList<ArticleMention> Mentions,
    IReadOnlyList<ArticleFact> Deals,
    IReadOnlyList<ArticleComputeFact> ComputeFacts,
    IReadOnlyList<ArticleEvidenceSpan> Evidence);
