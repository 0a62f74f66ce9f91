namespace AiDealTracker.Cli.Evaluation;

/// <summary>One line of a gold file in the dev-corpus schema.</summary>
internal sealed record GoldDocument(
    string Id,
    string File,
    string? Published,
    IReadOnlyList<string> Companies,
    IReadOnlyList<string> Models,
    IReadOnlyList<string> Hardware,
    IReadOnlyList<decimal> Amounts,
    IReadOnlyList<GoldDeal> Deals);
