using AiDealTracker.Core.Ingestion;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace AiDealTracker.Core.Data;

/// <summary>Creates and migrates the database, and on an empty database ingests the seed articles.</summary>
public sealed class DatabaseInitializer(
    IDbContextFactory<DealTrackerDbContext> dbFactory,
    ArticleIngestor ingestor,
    ILogger<DatabaseInitializer> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        if (connection.DataSource is { Length: > 0 } file && !file.Equals(":memory:", StringComparison.Ordinal))
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(file));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }

        await db.Database.MigrateAsync(cancellationToken);

        // WAL lets the dashboard read while ingestion writes.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
    }

    public async Task<IngestSummary?> SeedIfEmptyAsync(string seedsFolder, CancellationToken cancellationToken = default)
    {
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            if (await db.Articles.AnyAsync(cancellationToken))
            {
                return null;
            }
        }

        if (!Directory.Exists(seedsFolder))
        {
            logger.LogWarning("The database is empty and there is no seeds folder at {Folder}", seedsFolder);
            return null;
        }

        var summary = await ingestor.IngestFilesAsync([seedsFolder], cancellationToken: cancellationToken);
        logger.LogInformation(
            "Seeded {New} articles from {Folder} ({Failed} failed, {Facts} facts)", summary.New, seedsFolder, summary.Failed, summary.Facts);
        return summary;
    }
}
