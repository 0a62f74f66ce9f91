using AiDealTracker.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace AiDealTracker.Web.Features.Common;

/// <summary>
/// Keeps SQLite's planner statistics fresh (PRAGMA optimize, which runs ANALYZE only where tables changed enough):
/// at start-up and then hourly. Without them the planner believes "MergedIntoId IS NULL" is selective and sorts
/// 50,000 deals instead of walking the date index.
/// </summary>
public sealed class QueryPlannerStatistics(IDbContextFactory<DealTrackerDbContext> dbFactory, ILogger<QueryPlannerStatistics> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    public static async Task RefreshAsync(DealTrackerDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlRawAsync("PRAGMA analysis_limit=1000;", cancellationToken);
        await db.Database.ExecuteSqlRawAsync("PRAGMA optimize=0x10002;", cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        do
        {
            try
            {
                await using var db = await dbFactory.CreateDbContextAsync(stoppingToken);
                await RefreshAsync(db, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Refreshing SQLite planner statistics failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
