using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace AiDealTracker.Web.Tests.Infrastructure;

/// <summary>The whole app in memory over a fresh SQLite file, seeded on start-up from seeds/ as in production.</summary>
public class DealTrackerWebFactory : WebApplicationFactory<Program>
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "aidealtracker-web-tests", Guid.NewGuid().ToString("N"));

    public DealTrackerWebFactory()
    {
        Directory.CreateDirectory(_folder);
    }

    public string DatabasePath => Path.Combine(_folder, "web.db");

    /// <summary>Extra configuration a test class needs (for example auth settings).</summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:DealTracker", $"Data Source={DatabasePath}");
        builder.UseSetting("Logging:Folder", Path.Combine(_folder, "logs"));
        builder.UseSetting("Ingestion:SeedsPath", Path.Combine(RepoRoot, "seeds"));
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public static string RepoRoot { get; } = FindRoot();

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // Log files may still be held by the logger; the temp folder is cleaned by the OS.
            }
        }
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "AiDealTracker.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("AiDealTracker.sln not found");
    }
}
