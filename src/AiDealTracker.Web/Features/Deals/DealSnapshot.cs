using AiDealTracker.Core.Domain;

namespace AiDealTracker.Web.Features.Deals;

/// <summary>
/// The visible deals and their parties held in flat arrays, for views that aggregate over every deal (the partner graph):
/// filtering and counting 100,000 party rows in memory takes a millisecond, the same aggregate in SQLite tens of them.
/// </summary>
public sealed class DealSnapshot
{
    internal DealSnapshot(
        SnapshotDeal[] deals, int[] partyCompany, DealRole[] partyRole, Dictionary<int, string> companyNames, Dictionary<string, int[]> companyIdsByName)
    {
        Deals = deals;
        PartyCompany = partyCompany;
        PartyRole = partyRole;
        CompanyNames = companyNames;
        _companyIdsByName = companyIdsByName;
        _byCompany = new Lazy<Dictionary<int, List<SnapshotDeal>>>(IndexByCompany);
    }

    private readonly Lazy<Dictionary<int, List<SnapshotDeal>>> _byCompany;

    private readonly Dictionary<string, int[]> _companyIdsByName;

    public IReadOnlyList<SnapshotDeal> Deals { get; }

    public IReadOnlyList<int> PartyCompany { get; }

    public IReadOnlyList<DealRole> PartyRole { get; }

    public IReadOnlyDictionary<int, string> CompanyNames { get; }

    /// <summary>The deals <paramref name="filter"/> selects, with the same meaning as <see cref="DealListQuery.Apply"/> gives it in SQL.</summary>
    public IEnumerable<SnapshotDeal> Where(DealFilter filter)
    {
        var companies = filter.Company is { } name ? _companyIdsByName.GetValueOrDefault(name) ?? [] : null;
        foreach (var d in Deals)
        {
            if ((filter.Type is { } type && d.Type != type)
                || (filter.Status is { } status && d.Status != status)
                || (filter.From is { } from && !(d.Date >= from))
                || (filter.To is { } to && !(d.Date <= to))
                || (filter.MinAmountUsd is { } min && !(d.AmountUsd >= min))
                || (filter.MaxAmountUsd is { } max && !(d.AmountUsd <= max))
                || (filter.Text is { } text && !d.Summary.Contains(text, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            if (companies is not null && !HasParty(d, companies))
            {
                continue;
            }

            yield return d;
        }
    }

    /// <summary>The visible deals a company is a party to.</summary>
    public IReadOnlyList<SnapshotDeal> DealsOf(int companyId) => _byCompany.Value.TryGetValue(companyId, out var deals) ? deals : [];

    private Dictionary<int, List<SnapshotDeal>> IndexByCompany()
    {
        var index = new Dictionary<int, List<SnapshotDeal>>();
        foreach (var d in Deals)
        {
            for (var p = d.FirstParty; p < d.FirstParty + d.PartyCount; p++)
            {
                if (!index.TryGetValue(PartyCompany[p], out var list))
                {
                    index[PartyCompany[p]] = list = [];
                }

                list.Add(d);
            }
        }

        return index;
    }

    private bool HasParty(SnapshotDeal deal, int[] companies)
    {
        for (var p = deal.FirstParty; p < deal.FirstParty + deal.PartyCount; p++)
        {
            if (Array.IndexOf(companies, PartyCompany[p]) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
