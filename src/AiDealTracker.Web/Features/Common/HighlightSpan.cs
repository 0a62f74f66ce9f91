namespace AiDealTracker.Web.Features.Common;

/// <summary>A character range [Start, End) of a text to highlight as <see cref="Kind"/>.</summary>
public readonly record struct HighlightSpan(int Start, int End, string Kind);
