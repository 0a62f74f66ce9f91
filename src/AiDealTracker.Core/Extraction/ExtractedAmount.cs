using AiDealTracker.Core.Domain;

namespace AiDealTracker.Core.Extraction;

/// <summary>A money amount as written, its value in its currency and in US dollars.</summary>
public sealed record ExtractedAmount(
    string Text,
    TextSpan Span,
    decimal Value,
    string Currency,
    decimal? Usd,
    AmountQualifier Qualifier)
{
    /// <summary>"$200,000 each": the value is per unit.</summary>
    public bool PerUnit { get; init; }

    /// <summary>"each for 30 startups": how many units the text counts.</summary>
    public long? UnitCount { get; init; }

    /// <summary>Unit value times <see cref="UnitCount"/>, in US dollars, when both are known.</summary>
    public decimal? TotalUsd { get; init; }

    /// <summary>"$30 billion annually" → "year".</summary>
    public string? Period { get; init; }

    /// <summary>True when the dollar value is the one the text wrote beside a foreign amount ("£22 billion ($30 billion)").</summary>
    public bool UsdWritten { get; init; }
}
