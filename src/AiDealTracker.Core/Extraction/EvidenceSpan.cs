namespace AiDealTracker.Core.Extraction;

/// <summary>A sentence that supports a fact, with its span in <see cref="ExtractedDocument.CleanText"/>.</summary>
public sealed record EvidenceSpan(string Text, int Start, int End);
