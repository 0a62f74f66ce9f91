using AiDealTracker.Core.Domain;
using AiDealTracker.Web.Features.Deals;

namespace AiDealTracker.Web.Features.Partners;

/// <summary>The companies with the most (or the largest) filtered deals, and the deals between them grouped by pair, type and roles.</summary>
public sealed class PartnerGraphQuery(DealSnapshotCache snapshots)
{
    public const int MaxLinks = 2500;

    public async Task<PartnerGraphData> LoadAsync(DealFilter filter, bool bySize, int maxCompanies, CancellationToken cancellationToken = default)
    {
        var snapshot = await snapshots.GetAsync(cancellationToken);
        var deals = snapshot.Where(filter).ToList();
        var perCompany = new Dictionary<int, (int Count, decimal Value)>();
        foreach (var d in deals)
        {
            for (var p = d.FirstParty; p < d.FirstParty + d.PartyCount; p++)
            {
                var company = snapshot.PartyCompany[p];
                var (count, value) = perCompany.GetValueOrDefault(company);
                perCompany[company] = (count + 1, value + (d.AmountUsd ?? 0));
            }
        }

        var top = perCompany
            .OrderByDescending(c => bySize ? c.Value.Value : c.Value.Count)
            .ThenByDescending(c => bySize ? c.Value.Count : c.Value.Value)
            .ThenBy(c => c.Key)
            .Take(Math.Clamp(maxCompanies, 2, 500))
            .ToList();
        var chosen = top.Select(t => t.Key).ToHashSet();

        var links = new Dictionary<(int A, int B, DealType Type, DealRole RoleA, DealRole RoleB), (int Count, decimal Value, SnapshotDeal Latest)>();
        foreach (var d in deals)
        {
            for (var i = d.FirstParty; i < d.FirstParty + d.PartyCount; i++)
            {
                for (var j = i + 1; j < d.FirstParty + d.PartyCount; j++)
                {
                    var (a, b, ra, rb) = (snapshot.PartyCompany[i], snapshot.PartyCompany[j], snapshot.PartyRole[i], snapshot.PartyRole[j]);
                    if (!chosen.Contains(a) || !chosen.Contains(b) || a == b)
                    {
                        continue;
                    }

                    if (a > b)
                    {
                        (a, b, ra, rb) = (b, a, rb, ra);
                    }

                    var key = (a, b, d.Type, ra, rb);
                    var (count, value, latest) = links.GetValueOrDefault(key);
                    links[key] = (count + 1, value + (d.AmountUsd ?? 0), latest is null || d.Id > latest.Id ? d : latest);
                }
            }
        }

        return new PartnerGraphData(
            top.Select(t => new GraphCompany(t.Key, snapshot.CompanyNames.GetValueOrDefault(t.Key) ?? $"#{t.Key}", t.Value.Count, t.Value.Value)).ToList(),
            links
                .OrderByDescending(l => l.Value.Count).ThenByDescending(l => l.Value.Value).ThenBy(l => l.Key.A).ThenBy(l => l.Key.B)
                .Take(MaxLinks)
                .Select(l => new GraphLink(l.Key.A, l.Key.B, l.Key.Type, l.Key.RoleA, l.Key.RoleB, l.Value.Count, l.Value.Value, l.Value.Latest.Id, l.Value.Latest.Summary))
                .ToList(),
            perCompany.Count);
    }
}
