namespace AiDealTracker.Core.Extraction;

public sealed record ExtractedModel(string Name, string? Family, string? Developer, IReadOnlyList<TextSpan> Mentions);
