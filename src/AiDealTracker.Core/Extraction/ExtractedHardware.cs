using AiDealTracker.Core.Domain;

namespace AiDealTracker.Core.Extraction;

/// <summary>Hardware written "Vendor Product" (Nvidia H100); <see cref="Quantity"/> is the largest count stated for it.</summary>
public sealed record ExtractedHardware(string Name, string? Vendor, HardwareKind Kind, long? Quantity, IReadOnlyList<TextSpan> Mentions);
