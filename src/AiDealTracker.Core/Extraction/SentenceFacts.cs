namespace AiDealTracker.Core.Extraction;

/// <summary>What one sentence holds, the unit deals and compute facts are read from.</summary>
internal sealed record SentenceFacts(
    int Index,
    TextSpan Span,
    IReadOnlyList<CompanyMention> Companies,
    IReadOnlyList<ExtractedAmount> Amounts,
    IReadOnlyList<ExtractedDate> Dates,
    IReadOnlyList<string> Models,
    IReadOnlyList<(string Name, long? Quantity)> Hardware,
    bool StartsParagraph)
{
    public IReadOnlyList<TextSpan> HardwareSpans { get; init; } = [];

    public bool IsHeadline { get; init; }
}
