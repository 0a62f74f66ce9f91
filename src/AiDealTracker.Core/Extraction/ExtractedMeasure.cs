namespace AiDealTracker.Core.Extraction;

/// <summary>A percentage ("a 49% stake") or a power/energy figure ("1.2 GW", "370GWh").</summary>
public sealed record ExtractedMeasure(string Text, TextSpan Span, decimal Value, string Unit, bool IsStake);
