namespace AiDealTracker.Core.Extraction;

public sealed record ExtractedDealHardware(string Name, long? Quantity);
