namespace AiDealTracker.Core.Extraction;

public sealed record ExtractedCompute(string? Organization, string? Model, string? Hardware, long? Quantity, EvidenceSpan Evidence);
