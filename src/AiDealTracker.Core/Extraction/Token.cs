namespace AiDealTracker.Core.Extraction;

/// <summary>A word, number or punctuation mark of <see cref="ExtractedDocument.CleanText"/>: [Start, End).</summary>
public readonly record struct Token(int Start, int End)
{
    public int Length => End - Start;
}
