using AiDealTracker.Core.Domain;

namespace AiDealTracker.Core.Extraction;

/// <summary>What extraction reads: an article's text, with the title and publication date its document gave, if any.</summary>
public sealed record ExtractionInput(string Text, string? Title = null, PartialDate? Published = null);
