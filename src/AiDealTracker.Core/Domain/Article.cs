namespace AiDealTracker.Core.Domain;

public class Article
{
    public int Id { get; set; }

    /// <summary>File path (relative to the ingestion root when known) or URL the article came from.</summary>
    public string Source { get; set; } = "";

    public string? Url { get; set; }

    public string Title { get; set; } = "";

    public string? Byline { get; set; }

    public string? SiteName { get; set; }

    public string? Language { get; set; }

    public DateOnly? Published { get; set; }

    public DatePrecision? PublishedPrecision { get; set; }

    public ArticleFormat Format { get; set; }

    /// <summary>SHA-256 of the bytes as received; the key that makes ingestion idempotent.</summary>
    public string ContentHash { get; set; } = "";

    /// <summary>The article text as read from its document (HTML already reduced to its main text).</summary>
    public string RawText { get; set; } = "";

    /// <summary>The cleaned text every evidence span points into.</summary>
    public string Text { get; set; } = "";

    public DateTimeOffset IngestedAt { get; set; }

    public DateTimeOffset? ExtractedAt { get; set; }

    public string ExtractorVersion { get; set; } = "";

    public List<Mention> Mentions { get; set; } = [];

    public PartialDate? PublishedDate =>
        Published is { } d && PublishedPrecision is { } p ? new PartialDate(d, p) : null;
}
