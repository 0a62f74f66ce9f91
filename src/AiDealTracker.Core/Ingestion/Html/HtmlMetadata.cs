using AiDealTracker.Core.Domain;

namespace AiDealTracker.Core.Ingestion.Html;

/// <summary>What a page says about its article, from meta tags, JSON-LD and the markup; JSON-LD's articleBody is kept as a fallback text.</summary>
public sealed record HtmlMetadata(
    string? Title,
    string? Byline,
    string? SiteName,
    PartialDate? Published,
    string? Language,
    string? JsonLdBody);
