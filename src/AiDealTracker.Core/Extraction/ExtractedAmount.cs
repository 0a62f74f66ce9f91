using AiDealTracker.Core.Domain;

namespace AiDealTracker.Core.Extraction;

/// <summary>A money amount as written, its value in its currency and in US dollars.</summary>
public sealed record ExtractedAmount(
    string Text,
    TextSpan Span,
    decimal Value,
    string Currency,
    decimal? Usd,
    AmountQualifier Qualifier);
