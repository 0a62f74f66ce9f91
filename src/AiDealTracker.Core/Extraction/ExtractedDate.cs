using AiDealTracker.Core.Domain;

namespace AiDealTracker.Core.Extraction;

public sealed record ExtractedDate(string Text, TextSpan Span, PartialDate Value)
{
    /// <summary>Resolved against the publication date or another date in the text ("last month", "on Wednesday").</summary>
    public bool IsRelative { get; init; }

    /// <summary>The text gives no year ("in February", "August 8"); the year comes from the anchor, so deals do not use it.</summary>
    public bool YearInferred { get; init; }
}
