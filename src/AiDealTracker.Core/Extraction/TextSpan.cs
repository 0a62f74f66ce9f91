namespace AiDealTracker.Core.Extraction;

/// <summary>A span of <see cref="ExtractedDocument.CleanText"/>: [Start, End).</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    /// <summary>Whether the two spans share at least one character.</summary>
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;
}
