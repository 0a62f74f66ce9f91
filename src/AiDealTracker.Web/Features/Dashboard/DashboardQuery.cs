using AiDealTracker.Core.Data;
using AiDealTracker.Core.Domain;
using AiDealTracker.Web.Features.Deals;
using Microsoft.EntityFrameworkCore;

namespace AiDealTracker.Web.Features.Dashboard;

public sealed class DashboardQuery(IDbContextFactory<DealTrackerDbContext> dbFactory, DealListQuery deals)
{
    public async Task<DashboardSummary> LoadAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var visible = DealListQuery.Visible(db);
        var articles = await db.Articles.CountAsync(cancellationToken);
        var dealCount = await visible.CountAsync(cancellationToken);
        var companies = await db.Companies.CountAsync(c => c.MergedIntoId == null, cancellationToken);
        var byType = await visible
            .GroupBy(d => d.Type)
            .Select(g => new { Type = g.Key, Count = g.Count(), Value = g.Sum(d => d.AmountUsd ?? 0) })
            .ToListAsync(cancellationToken);
        var latest = await deals.ListAsync(new DealFilter(), "Date desc", 0, 8, cancellationToken);
        return new DashboardSummary(
            articles,
            dealCount,
            companies,
            byType.Sum(t => t.Value),
            byType.OrderByDescending(t => t.Count).Select(t => new TypeTotal(t.Type, t.Count, t.Value)).ToList(),
            latest.Rows);
    }
}
