using AiDealTracker.Core.Domain;

namespace AiDealTracker.Core.Extraction;

public sealed record ExtractedParty(string Name, DealRole Role);
