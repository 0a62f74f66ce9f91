using AiDealTracker.Core.Data;
using AiDealTracker.Core.Domain;
using AiDealTracker.Web.Features.Deals;
using Microsoft.EntityFrameworkCore;

namespace AiDealTracker.Web.Features.Companies;

/// <summary>Companies by name or alias, paged in SQL, with their visible deal counts; and the header's type-ahead.</summary>
public sealed class CompanyListQuery(IDbContextFactory<DealTrackerDbContext> dbFactory, DealSnapshotCache snapshots)
{
    public async Task<(IReadOnlyList<CompanyRow> Rows, int Count)> ListAsync(
        string? search, string? orderBy, int skip, int take, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var companies = db.Companies.AsNoTracking().Where(c => c.MergedIntoId == null);
        if (!string.IsNullOrWhiteSpace(search))
        {
            var pattern = "%" + EscapeLike(search.Trim()) + "%";
            companies = companies.Where(c => EF.Functions.Like(c.Name, pattern, "\\")
                || db.CompanyAliases.Any(a => a.CompanyId == c.Id && EF.Functions.Like(a.Alias, pattern, "\\")));
        }

        // A few thousand short rows: sorting by deal count (from the snapshot) is cheaper in memory than a count per company in SQL.
        var all = await companies.Select(c => new { c.Id, c.Name, c.Kind, Aliases = c.Aliases.Count }).ToListAsync(cancellationToken);
        var snapshot = await snapshots.GetAsync(cancellationToken);
        var rows = all.Select(c => new CompanyRow(c.Id, c.Name, c.Kind, snapshot.DealsOf(c.Id).Count, c.Aliases));
        rows = (orderBy ?? "").ToLowerInvariant() switch
        {
            "deals desc" => rows.OrderByDescending(r => r.Deals).ThenBy(r => r.Name, StringComparer.OrdinalIgnoreCase),
            "deals" => rows.OrderBy(r => r.Deals).ThenBy(r => r.Name, StringComparer.OrdinalIgnoreCase),
            "kind" => rows.OrderBy(r => r.Kind).ThenBy(r => r.Name, StringComparer.OrdinalIgnoreCase),
            "kind desc" => rows.OrderByDescending(r => r.Kind).ThenBy(r => r.Name, StringComparer.OrdinalIgnoreCase),
            "name desc" => rows.OrderByDescending(r => r.Name, StringComparer.OrdinalIgnoreCase),
            _ => rows.OrderBy(r => r.Name, StringComparer.OrdinalIgnoreCase),
        };
        return (rows.Skip(Math.Max(0, skip)).Take(Math.Clamp(take, 1, 200)).ToList(), all.Count);
    }

    /// <summary>Up to <paramref name="take"/> companies whose name or alias starts with the text, then those containing it.</summary>
    public async Task<IReadOnlyList<CompanySuggestion>> SuggestAsync(string? text, int take = 10, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var escaped = EscapeLike(text.Trim());
        var prefix = escaped + "%";
        var contains = "%" + escaped + "%";
        var byName = await db.Companies.AsNoTracking()
            .Where(c => c.MergedIntoId == null && EF.Functions.Like(c.Name, contains, "\\"))
            .OrderBy(c => !EF.Functions.Like(c.Name, prefix, "\\")).ThenBy(c => c.Name)
            .Take(take)
            .Select(c => new CompanySuggestion(c.Id, c.Name, null))
            .ToListAsync(cancellationToken);
        if (byName.Count >= take)
        {
            return byName;
        }

        var byAlias = await db.CompanyAliases.AsNoTracking()
            .Where(a => EF.Functions.Like(a.Alias, contains, "\\"))
            .Join(db.Companies.Where(c => c.MergedIntoId == null), a => a.CompanyId, c => c.Id, (a, c) => new CompanySuggestion(c.Id, c.Name, a.Alias))
            .Take(take)
            .ToListAsync(cancellationToken);
        return byName.Concat(byAlias.Where(a => byName.All(n => n.Id != a.Id))).Take(take).ToList();
    }

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
