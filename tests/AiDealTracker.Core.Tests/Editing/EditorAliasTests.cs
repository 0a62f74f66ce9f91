using AiDealTracker.Core.Data;
using AiDealTracker.Core.Domain;
using AiDealTracker.Core.Editing;
using AiDealTracker.Core.Ingestion;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AiDealTracker.Core.Tests.Editing;

public sealed class EditorAliasTests
{
    private const string Article =
        "Published 3 March 2025. Chocolate Factory agreed to invest $2 billion in Anthropic, the companies said on Monday.";

    [Fact]
    public async Task EditorAlias_TeachesTheRealExtractor_OnTheNextIngestion()
    {
        var folder = Path.Combine(Path.GetTempPath(), "aidealtracker-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDealTrackerCore($"Data Source={Path.Combine(folder, "test.db")}", folder);
        services.AddDealTrackerEditing();
        await using var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<DatabaseInitializer>().MigrateAsync();
        var factory = provider.GetRequiredService<IDbContextFactory<DealTrackerDbContext>>();
        var ingestor = provider.GetRequiredService<ArticleIngestor>();
        int googleId;
        await using (var db = await factory.CreateDbContextAsync())
        {
            var google = new Company { Name = "Google" };
            db.Companies.Add(google);
            await db.SaveChangesAsync();
            googleId = google.Id;
        }

        var form = await provider.GetRequiredService<CompanyEditor>().LoadAsync(googleId);
        form!.Aliases = "Chocolate Factory";
        var saved = await provider.GetRequiredService<CompanyEditor>().SaveAsync(EditingTestHost.Editor(), form);
        var path = Path.Combine(folder, "article.txt");
        await File.WriteAllTextAsync(path, Article);
        await ingestor.IngestFilesAsync([path]);

        Assert.True(saved.Succeeded, saved.Message);
        await using var check = await factory.CreateDbContextAsync();
        var deal = await check.Deals.Include(d => d.Parties).ThenInclude(p => p.Company).SingleAsync();
        Assert.Contains(deal.Parties, p => p.CompanyId == googleId);
        Assert.False(await check.Companies.AnyAsync(c => c.Name == "Chocolate Factory"));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}
