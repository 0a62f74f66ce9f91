using System.Globalization;
using AiDealTracker.Core.Domain;
using AiDealTracker.Core.Extraction;

namespace AiDealTracker.Core.Ingestion;

/// <summary>How the same deal is recognised across articles and re-ingestions.</summary>
public static class DealFingerprint
{
    /// <summary>"investment|3,17": the type and the sorted party ids.</summary>
    public static string Of(DealType type, IEnumerable<int> companyIds) =>
        string.Create(CultureInfo.InvariantCulture, $"{type}|{string.Join(',', companyIds.Distinct().Order())}");

    /// <summary>
    /// How well a stored deal fits an extracted one with the same fingerprint: -1 when they cannot be the
    /// same transaction (different years, or amounts more than 15% apart), more the more fields agree. Machine claims
    /// are compared first; a value an editor set is never held against what an article says.
    /// </summary>
    public static int Compatibility(Deal deal, ExtractedDeal extracted)
    {
        var score = 0;
        var storedDate = deal.Claims.Count > 0
            ? deal.Claims.Where(c => c.Date is not null).Select(c => (DateOnly?)c.Date).FirstOrDefault() ?? MachineDate(deal)
            : MachineDate(deal);
        if (storedDate is { } a && extracted.Date is { } b)
        {
            if (a.Year != b.Start.Year)
            {
                return -1;
            }

            score += 2;
        }

        var storedAmount = deal.Claims.Where(c => c.AmountUsd is not null).Select(c => c.AmountUsd).FirstOrDefault()
            ?? (deal.IsOwnedByHuman(DealFields.Amount) ? null : deal.AmountUsd);
        if (storedAmount is { } x && extracted.AmountUsd is { } y && x > 0 && y > 0)
        {
            var ratio = Math.Max(x, y) / Math.Min(x, y);
            if (ratio > 1.15m)
            {
                return -1;
            }

            score += 2;
        }

        return score;
    }

    private static DateOnly? MachineDate(Deal deal) => deal.IsOwnedByHuman(DealFields.Date) ? null : deal.Date;
}
