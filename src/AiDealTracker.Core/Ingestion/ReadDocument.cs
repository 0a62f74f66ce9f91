using AiDealTracker.Core.Domain;

namespace AiDealTracker.Core.Ingestion;

/// <summary>An article's text and metadata as read from its document, before extraction.</summary>
public sealed record ReadDocument(
    string Text,
    ArticleFormat Format,
    string? Title,
    string? Byline,
    string? SiteName,
    PartialDate? Published,
    string? Language);
