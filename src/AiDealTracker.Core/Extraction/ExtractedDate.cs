using AiDealTracker.Core.Domain;

namespace AiDealTracker.Core.Extraction;

public sealed record ExtractedDate(string Text, TextSpan Span, PartialDate Value);
