namespace AiDealTracker.Cli.Evaluation;

internal sealed record GoldDeal(IReadOnlyList<string> Parties, string Type, decimal? AmountUsd, string? Date, string? Status);
