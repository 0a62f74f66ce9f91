namespace AiDealTracker.Web.Features.Common;

/// <summary>A run of text to render as text; <see cref="Kind"/> names the highlight it carries, if any.</summary>
public sealed record TextSegment(string Text, string? Kind = null);
