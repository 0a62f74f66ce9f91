using System.Security.Claims;
using AiDealTracker.Core.Data;
using AiDealTracker.Core.Editing;
using AiDealTracker.Core.Extraction;
using AiDealTracker.Core.Ingestion;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AiDealTracker.Core.Tests.Editing;

/// <summary>A fresh SQLite file with the migrations applied, the core services and the editor use cases over it.</summary>
internal sealed class EditingTestHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private EditingTestHost(string folder, ServiceProvider services)
    {
        Folder = folder;
        _services = services;
    }

    public string Folder { get; }

    public InvestsExtractorFactory Extractors => (InvestsExtractorFactory)_services.GetRequiredService<IExtractorFactory>();

    public ArticleIngestor Ingestor => _services.GetRequiredService<ArticleIngestor>();

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    public static ClaimsPrincipal Editor(string name = "alice@example.com") => User(name, EditorRoles.Editor);

    public static ClaimsPrincipal User(string name, params string[] roles) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.Name, name), .. roles.Select(r => new Claim(ClaimTypes.Role, r))], "test"));

    public static async Task<EditingTestHost> StartAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "aidealtracker-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IExtractorFactory, InvestsExtractorFactory>();
        services.AddDealTrackerCore($"Data Source={Path.Combine(folder, "test.db")}", folder);
        services.AddDealTrackerEditing();
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<DatabaseInitializer>().MigrateAsync();
        return new EditingTestHost(folder, provider);
    }

    public async Task<DealTrackerDbContext> DbAsync() =>
        await _services.GetRequiredService<IDbContextFactory<DealTrackerDbContext>>().CreateDbContextAsync();

    public async Task<string> WriteArticleAsync(string name, string text)
    {
        var path = Path.Combine(Folder, name);
        await File.WriteAllTextAsync(path, text);
        return path;
    }

    public async Task<IngestSummary> IngestAsync(params string[] paths) => await Ingestor.IngestFilesAsync(paths);

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
