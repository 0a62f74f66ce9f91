namespace AiDealTracker.Cli.HtmlEvaluation;

/// <summary>How our reading of one page compares with the reference: text F1 and exact matches of the metadata.</summary>
public sealed record HtmlPageScore(
    string Page,
    double TextF1,
    bool TitleMatch,
    bool BylineMatch,
    bool PublishedMatch,
    string? Title,
    string? ExpectedTitle,
    string? Byline,
    string? ExpectedByline,
    string? Published,
    string? ExpectedPublished,
    string? Error);
