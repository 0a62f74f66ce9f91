using AiDealTracker.Core.Domain;
using AiDealTracker.Web.Features.Common;

namespace AiDealTracker.Web.Features.Deals;

/// <summary>Finds the fields on which the articles reporting a deal disagree.</summary>
public static class DealDisagreements
{
    public static IReadOnlyList<DealDisagreement> Find(IReadOnlyList<DealClaimView> claims)
    {
        var result = new List<DealDisagreement>();
        if (claims.Count < 2)
        {
            return result;
        }

        AddIfDistinct(result, "Type", claims, c => DealTypeNames.Display(c.Type));
        AddIfDistinct(result, "Status", claims, c => c.Status.ToString());
        AddIfDistinct(result, "Amount", claims, c => c.AmountUsd is null ? null : Money.Compact(c.AmountUsd));

        // "Mar 2025" and "19 Mar 2025" agree; only periods that do not overlap disagree.
        var dated = claims.Where(c => c.PartialDate is not null).ToList();
        var conflict = dated.Any(a => dated.Any(b => a.PartialDate!.Value.End < b.PartialDate!.Value.Start));
        if (conflict)
        {
            result.Add(new DealDisagreement("Date", dated.Select(c => (c.PartialDate!.Value.ToDisplayString(), c.ArticleId, c.ArticleTitle)).ToList()));
        }

        return result;
    }

    private static void AddIfDistinct(List<DealDisagreement> result, string field, IReadOnlyList<DealClaimView> claims, Func<DealClaimView, string?> value)
    {
        var stated = claims.Select(c => (Value: value(c), c.ArticleId, c.ArticleTitle)).Where(v => v.Value is not null).ToList();
        if (stated.Select(v => v.Value).Distinct(StringComparer.Ordinal).Count() > 1)
        {
            result.Add(new DealDisagreement(field, stated.Select(v => (v.Value!, v.ArticleId, v.ArticleTitle)).ToList()));
        }
    }
}
