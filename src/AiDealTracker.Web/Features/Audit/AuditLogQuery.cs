using AiDealTracker.Core.Data;
using AiDealTracker.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace AiDealTracker.Web.Features.Audit;

/// <summary>The audit log, newest first, filtered and paged in SQL.</summary>
public sealed class AuditLogQuery(IDbContextFactory<DealTrackerDbContext> dbFactory)
{
    public async Task<(IReadOnlyList<AuditRow> Rows, int Count)> PageAsync(AuditFilter filter, int skip, int take, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = Apply(db.AuditEntries.AsNoTracking(), filter);
        var count = await rows.CountAsync(cancellationToken);
        var page = await rows.OrderByDescending(a => a.Id).Skip(Math.Max(0, skip)).Take(Math.Clamp(take, 1, 200))
            .Select(a => new AuditRow(a.Id, a.At, a.User, a.EntityType, a.EntityId, a.Action, a.Field, a.OldValue, a.NewValue, a.Operation, a.ChangeId))
            .ToListAsync(cancellationToken);
        return (page, count);
    }

    public async Task<IReadOnlyList<string>> UsersAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.AuditEntries.AsNoTracking().Select(a => a.User).Distinct().OrderBy(u => u).ToListAsync(cancellationToken);
    }

    private static IQueryable<AuditEntry> Apply(IQueryable<AuditEntry> rows, AuditFilter filter)
    {
        if (filter.EntityType is { Length: > 0 } type)
        {
            rows = rows.Where(a => a.EntityType == type);
        }

        if (filter.EntityId is { } id)
        {
            rows = rows.Where(a => a.EntityId == id);
        }

        if (filter.User is { Length: > 0 } user)
        {
            rows = rows.Where(a => a.User == user);
        }

        if (filter.Text is { Length: > 0 } text)
        {
            var pattern = "%" + text + "%";
            rows = rows.Where(a => EF.Functions.Like(a.Field ?? "", pattern) || EF.Functions.Like(a.OldValue ?? "", pattern)
                || EF.Functions.Like(a.NewValue ?? "", pattern) || EF.Functions.Like(a.Operation ?? "", pattern));
        }

        return rows;
    }
}
