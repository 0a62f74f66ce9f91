namespace AiDealTracker.Core.Ingestion.Html;

/// <summary>The fields of a schema.org Article (or NewsArticle, BlogPosting…) that reading needs.</summary>
public sealed record JsonLdArticle(string? Headline, string? Name, string? Author, string? Publisher, string? DatePublished, string? ArticleBody, string? Url);
