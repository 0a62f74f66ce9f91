using AiDealTracker.Core;
using AiDealTracker.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AiDealTracker.Core.Tests.Data;

/// <summary>A fresh SQLite file with the migrations applied, deleted when the test ends.</summary>
public sealed class TestDatabase : IDisposable
{
    private readonly string _folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "aidealtracker-tests", Guid.NewGuid().ToString("N"));

    public TestDatabase(bool migrate = true)
    {
        Directory.CreateDirectory(_folder);
        Path = System.IO.Path.Combine(_folder, "test.db");
        ConnectionString = $"Data Source={Path}";
        Factory = new ContextFactory(ConnectionString);
        if (migrate)
        {
            using var db = Factory.CreateDbContext();
            db.Database.Migrate();
        }
    }

    public string Path { get; }

    public string ConnectionString { get; }

    public IDbContextFactory<DealTrackerDbContext> Factory { get; }

    public DealTrackerDbContext CreateContext() => Factory.CreateDbContext();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open elsewhere stays in the temp folder; it is harmless there.
        }
    }

    private sealed class ContextFactory(string connectionString) : IDbContextFactory<DealTrackerDbContext>
    {
        private readonly DbContextOptions<DealTrackerDbContext> _options =
            (DbContextOptions<DealTrackerDbContext>)DealTrackerCoreExtensions
                .ConfigureSqlite(new DbContextOptionsBuilder<DealTrackerDbContext>(), connectionString).Options;

        public DealTrackerDbContext CreateDbContext() => new(_options);
    }
}
