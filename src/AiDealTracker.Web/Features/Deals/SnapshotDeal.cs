using AiDealTracker.Core.Domain;

namespace AiDealTracker.Web.Features.Deals;

/// <summary>One visible deal in a <see cref="DealSnapshot"/>; its parties are PartyCount entries from FirstParty on.</summary>
public sealed record SnapshotDeal(
    int Id, DealType Type, DealStatus Status, decimal? AmountUsd, DateOnly? Date, DatePrecision? DatePrecision, string Summary, int FirstParty, int PartyCount);
