using System.Globalization;
using AiDealTracker.Core.Domain;

namespace AiDealTracker.Web.Features.Deals;

/// <summary>Which evidence sentences support which field: those that mention the field's value (its amount, date or party).</summary>
public static class DealFieldEvidence
{
    public static IReadOnlyList<int> ForAmount(DealDetail deal) =>
        Matching(deal, v => decimal.TryParse(v, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount)
            && (amount == deal.AmountUsd || amount == deal.Amount));

    public static IReadOnlyList<int> ForDate(DealDetail deal) =>
        deal.Date is { } d
            ? Matching(deal, v => PartialDate.TryParse(v, out var date) && date.Start <= new PartialDate(d, deal.DatePrecision ?? DatePrecision.Day).End
                && d <= date.End)
            : [];

    public static IReadOnlyList<int> ForParty(DealDetail deal, string name) =>
        Matching(deal, v => string.Equals(v, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Every sentence supports the deal itself, its type and status.</summary>
    public static IReadOnlyList<int> All(DealDetail deal) => deal.Evidence.Select(e => e.Number).ToList();

    private static List<int> Matching(DealDetail deal, Func<string, bool> matches) =>
        deal.Evidence.Where(e => e.MentionValues.Any(matches)).Select(e => e.Number).ToList();
}
