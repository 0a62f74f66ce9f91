using AiDealTracker.Core.Data;
using AiDealTracker.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace AiDealTracker.Web.Features.Deals;

/// <summary>
/// Keeps one <see cref="DealSnapshot"/> and rebuilds it when the deals change: each call compares a cheap stamp
/// (deal and party counts, latest update) with the one the snapshot was built from, and ten minutes is the longest it is trusted.
/// </summary>
public sealed class DealSnapshotCache(IDbContextFactory<DealTrackerDbContext> dbFactory, TimeProvider time) : IDisposable
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(10);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private (DealSnapshot Snapshot, string Stamp, DateTimeOffset BuiltAt)? _current;

    public async Task<DealSnapshot> GetAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var stamp = await StampAsync(db, cancellationToken);
        if (_current is { } current && current.Stamp == stamp && time.GetUtcNow() - current.BuiltAt < MaxAge)
        {
            return current.Snapshot;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_current is { } again && again.Stamp == stamp && time.GetUtcNow() - again.BuiltAt < MaxAge)
            {
                return again.Snapshot;
            }

            var snapshot = await BuildAsync(db, cancellationToken);
            _current = (snapshot, stamp, time.GetUtcNow());
            return snapshot;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private static async Task<string> StampAsync(DealTrackerDbContext db, CancellationToken cancellationToken)
    {
        var deals = await db.Deals.CountAsync(cancellationToken);
        var parties = await db.DealParties.CountAsync(cancellationToken);
        var updated = await db.Deals.MaxAsync(d => (DateTimeOffset?)d.UpdatedAt, cancellationToken);
        return FormattableString.Invariant($"{deals}|{parties}|{updated?.UtcTicks}");
    }

    private static async Task<DealSnapshot> BuildAsync(DealTrackerDbContext db, CancellationToken cancellationToken)
    {
        var deals = await DealListQuery.Visible(db)
            .OrderBy(d => d.Id)
            .Select(d => new { d.Id, d.Type, d.Status, d.AmountUsd, d.Date, d.DatePrecision, d.Summary })
            .ToListAsync(cancellationToken);
        var parties = await db.DealParties.AsNoTracking()
            .OrderBy(p => p.DealId).ThenBy(p => p.CompanyId)
            .Select(p => new { p.DealId, p.CompanyId, p.Role })
            .ToListAsync(cancellationToken);
        var companies = await db.Companies.AsNoTracking().Select(c => new { c.Id, c.Name, c.MergedIntoId }).ToListAsync(cancellationToken);
        var aliases = await db.CompanyAliases.AsNoTracking().Select(a => new { a.CompanyId, a.Alias }).ToListAsync(cancellationToken);

        var partyCompany = new int[parties.Count];
        var partyRole = new DealRole[parties.Count];
        var snapshotDeals = new SnapshotDeal[deals.Count];
        var p = 0;
        for (var i = 0; i < deals.Count; i++)
        {
            var d = deals[i];
            while (p < parties.Count && parties[p].DealId < d.Id)
            {
                p++;
            }

            var first = p;
            while (p < parties.Count && parties[p].DealId == d.Id)
            {
                partyCompany[p] = parties[p].CompanyId;
                partyRole[p] = parties[p].Role;
                p++;
            }

            snapshotDeals[i] = new SnapshotDeal(d.Id, d.Type, d.Status, d.AmountUsd, d.Date, d.DatePrecision, d.Summary, first, p - first);
        }

        var byName = companies.Select(c => (c.Name, c.Id))
            .Concat(aliases.Select(a => (Name: a.Alias, Id: a.CompanyId)))
            .GroupBy(c => c.Name, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Select(c => c.Id).Distinct().ToArray(), StringComparer.OrdinalIgnoreCase);
        return new DealSnapshot(snapshotDeals, partyCompany, partyRole, companies.ToDictionary(c => c.Id, c => c.Name), byName);
    }
}
