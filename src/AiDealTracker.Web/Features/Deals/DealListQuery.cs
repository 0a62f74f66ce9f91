using AiDealTracker.Core.Data;
using AiDealTracker.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace AiDealTracker.Web.Features.Deals;

/// <summary>Deals as the grids, exports and API list them: filtered, sorted and paged in SQL.</summary>
public sealed class DealListQuery(IDbContextFactory<DealTrackerDbContext> dbFactory)
{
    /// <remarks>
    /// "COALESCE(MergedIntoId, 0) = 0" rather than "MergedIntoId IS NULL": almost every deal is unmerged, and the
    /// plain form tempts SQLite into the MergedIntoId index (then sorting every deal) instead of the date or amount index.
    /// </remarks>
    public static IQueryable<Deal> Visible(DealTrackerDbContext db) =>
        db.Deals.AsNoTracking().Where(d => d.ReviewState != ReviewState.Rejected && (d.MergedIntoId ?? 0) == 0);

    public static IQueryable<Deal> Apply(DealTrackerDbContext db, IQueryable<Deal> deals, DealFilter filter)
    {
        if (filter.Company is { } company)
        {
            var ids = db.Companies.Where(c => c.Name == company).Select(c => c.Id)
                .Union(db.CompanyAliases.Where(a => a.Alias == company).Select(a => a.CompanyId));
            // "Id IN (deals of these companies)" lets SQLite start from the party index instead of probing every deal.
            var dealIds = db.DealParties.Where(p => ids.Contains(p.CompanyId)).Select(p => p.DealId);
            deals = deals.Where(d => dealIds.Contains(d.Id));
        }

        if (filter.Type is { } type)
        {
            deals = deals.Where(d => d.Type == type);
        }

        if (filter.Status is { } status)
        {
            deals = deals.Where(d => d.Status == status);
        }

        if (filter.From is { } from)
        {
            deals = deals.Where(d => d.Date >= from);
        }

        if (filter.To is { } to)
        {
            deals = deals.Where(d => d.Date <= to);
        }

        if (filter.MinAmountUsd is { } min)
        {
            deals = deals.Where(d => d.AmountUsd >= min);
        }

        if (filter.MaxAmountUsd is { } max)
        {
            deals = deals.Where(d => d.AmountUsd <= max);
        }

        if (filter.Text is { } text)
        {
            deals = deals.Where(d => EF.Functions.Like(d.Summary, "%" + text + "%"));
        }

        return deals;
    }

    public async Task<(IReadOnlyList<DealRow> Rows, int Count)> ListAsync(
        DealFilter filter, string? orderBy, int skip, int take, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var deals = Apply(db, Visible(db), filter);
        var count = await deals.CountAsync(cancellationToken);
        var page = await Project(Sort(deals, orderBy)
            .Skip(Math.Max(0, skip))
            .Take(Math.Clamp(take, 1, 500)))
            .ToListAsync(cancellationToken);
        return (page, count);
    }

    /// <summary>Every deal the filter selects, newest first, up to <paramref name="limit"/>; for exports.</summary>
    public async IAsyncEnumerable<DealRow> StreamAsync(
        DealFilter filter, int limit, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var deals = Sort(Apply(db, Visible(db), filter), null).Take(limit);
        await foreach (var row in Project(deals).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return row;
        }
    }

    /// <remarks>A split query: joined into one statement, SQLite materialises every party with its company before paging.</remarks>
    private static IQueryable<DealRow> Project(IQueryable<Deal> deals) =>
        deals.AsSplitQuery().Select(d => new DealRow(
                d.Id,
                d.Summary,
                d.Type,
                d.Status,
                d.AmountUsd,
                d.Date,
                d.DatePrecision,
                d.Confidence,
                d.ReviewState,
                d.Parties.OrderBy(p => p.Role).Select(p => p.Company!.Name).ToList(),
                d.Claims.Count));

    /// <summary>Sorts by a grid's "Column" or "Column desc"; unknown columns fall back to newest first.</summary>
    public static IQueryable<Deal> Sort(IQueryable<Deal> deals, string? orderBy)
    {
        var parts = (orderBy ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var column = parts.Length > 0 ? parts[0] : "Date";
        var descending = parts.Length > 1 && parts[1].Equals("desc", StringComparison.OrdinalIgnoreCase);
        if (parts.Length == 0)
        {
            descending = true;
        }

        return (column.ToLowerInvariant(), descending) switch
        {
            ("amountusd", false) => deals.OrderBy(d => d.AmountUsd == null).ThenBy(d => d.AmountUsd).ThenBy(d => d.Id),
            ("amountusd", true) => deals.OrderByDescending(d => d.AmountUsd).ThenByDescending(d => d.Id),
            ("type", false) => deals.OrderBy(d => d.Type).ThenBy(d => d.Id),
            ("type", true) => deals.OrderByDescending(d => d.Type).ThenBy(d => d.Id),
            ("status", false) => deals.OrderBy(d => d.Status).ThenBy(d => d.Id),
            ("status", true) => deals.OrderByDescending(d => d.Status).ThenBy(d => d.Id),
            ("summary", false) => deals.OrderBy(d => d.Summary).ThenBy(d => d.Id),
            ("summary", true) => deals.OrderByDescending(d => d.Summary).ThenBy(d => d.Id),
            ("confidence", false) => deals.OrderBy(d => d.Confidence).ThenBy(d => d.Id),
            ("confidence", true) => deals.OrderByDescending(d => d.Confidence).ThenBy(d => d.Id),
            (_, false) => deals.OrderBy(d => d.Date == null).ThenBy(d => d.Date).ThenBy(d => d.Id),
            // SQLite puts NULL last in descending order, so newest-first needs no extra term and walks the date index.
            _ => deals.OrderByDescending(d => d.Date).ThenByDescending(d => d.Id),
        };
    }

    public async Task<IReadOnlyList<string>> CompanyNamesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Companies.AsNoTracking()
            .Where(c => c.MergedIntoId == null && db.DealParties.Any(p => p.CompanyId == c.Id))
            .OrderBy(c => c.Name)
            .Select(c => c.Name)
            .ToListAsync(cancellationToken);
    }
}
