using AiDealTracker.Core.Domain;

namespace AiDealTracker.Core.Extraction;

public sealed record ExtractedDeal(
    IReadOnlyList<ExtractedParty> Parties,
    DealType Type,
    DealStatus Status,
    decimal? AmountUsd,
    decimal? Amount,
    string? Currency,
    AmountQualifier Qualifier,
    PartialDate? Date,
    double Confidence,
    IReadOnlyList<EvidenceSpan> Evidence,
    IReadOnlyList<string> Models,
    IReadOnlyList<ExtractedDealHardware> Hardware);
