namespace AiDealTracker.Core.Extraction;

/// <summary>A span of <see cref="ExtractedDocument.CleanText"/>: [Start, End).</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;
}
