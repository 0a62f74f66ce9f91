using AiDealTracker.Core.Data;
using AiDealTracker.Core.Data.Interceptors;
using AiDealTracker.Core.Extraction;
using AiDealTracker.Core.Ingestion;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AiDealTracker.Core;

public static class DealTrackerCoreExtensions
{
    public const string DefaultConnectionString = "Data Source=data/aidealtracker.db";

    /// <summary>Registers the database, document reading, extraction and ingestion.</summary>
    /// <param name="connectionString">A SQLite connection string; a relative file path is resolved against <paramref name="baseDirectory"/>.</param>
    public static IServiceCollection AddDealTrackerCore(
        this IServiceCollection services, string? connectionString, string baseDirectory, DocumentReaderOptions? readerOptions = null)
    {
        var resolved = ResolveConnectionString(connectionString ?? DefaultConnectionString, baseDirectory);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<AmbientAuditUser>();
        services.TryAddSingleton<IAuditUser>(sp => sp.GetRequiredService<AmbientAuditUser>());
        services.TryAddSingleton<AuditInterceptor>();
        services.AddDbContextFactory<DealTrackerDbContext>(
            (sp, options) => ConfigureSqlite(options, resolved).AddInterceptors(sp.GetRequiredService<AuditInterceptor>()));
        services.AddSingleton(readerOptions ?? new DocumentReaderOptions());
        services.AddSingleton<DocumentReader>();
        services.TryAddSingleton<IExtractorFactory, DefaultExtractorFactory>();
        services.AddSingleton<ArticleIngestor>();
        services.AddSingleton<DatabaseInitializer>();
        return services;
    }

    public static DbContextOptionsBuilder ConfigureSqlite(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString)
            // Migrations are written by hand (no model snapshot); a test keeps the migrated schema equal to the model.
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));

    public static string ResolveConnectionString(string connectionString, string baseDirectory)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource is { Length: > 0 } path && path != ":memory:" && !Path.IsPathRooted(path)
            && builder.Mode != SqliteOpenMode.Memory)
        {
            builder.DataSource = Path.GetFullPath(Path.Combine(baseDirectory, path));
        }

        return builder.ToString();
    }
}
