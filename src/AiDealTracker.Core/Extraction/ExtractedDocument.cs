using AiDealTracker.Core.Domain;

namespace AiDealTracker.Core.Extraction;

/// <summary>Everything extraction found in one article. Every span points into <see cref="CleanText"/>.</summary>
public sealed record ExtractedDocument(
    string CleanText,
    string? Title,
    PartialDate? Published,
    IReadOnlyList<ExtractedCompany> Companies,
    IReadOnlyList<ExtractedModel> Models,
    IReadOnlyList<ExtractedHardware> Hardware,
    IReadOnlyList<ExtractedAmount> Amounts,
    IReadOnlyList<ExtractedDate> Dates,
    IReadOnlyList<ExtractedDeal> Deals,
    IReadOnlyList<ExtractedCompute> Compute)
{
    /// <summary>Percentages, stakes and power/energy figures ("a 49% stake", "1.2 GW").</summary>
    public IReadOnlyList<ExtractedMeasure> Measures { get; init; } = [];

    /// <summary>Sentence spans of <see cref="CleanText"/>.</summary>
    public IReadOnlyList<TextSpan> Sentences { get; init; } = [];
}
