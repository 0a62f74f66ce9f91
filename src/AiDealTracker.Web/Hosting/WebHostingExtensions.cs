using AiDealTracker.Core;
using AiDealTracker.Core.Data;
using AiDealTracker.Core.Ingestion;
using AiDealTracker.Web.Features;
using AiDealTracker.Web.Features.Dashboard;
using AiDealTracker.Web.Features.Deals;
using Radzen;

namespace AiDealTracker.Web.Hosting;

public static class WebHostingExtensions
{
    public static void AddDealTrackerWeb(this WebApplicationBuilder builder)
    {
        builder.AddDealTrackerLogging();
        var readerOptions = builder.Configuration.GetSection(DocumentReaderOptions.Section).Get<DocumentReaderOptions>() ?? new DocumentReaderOptions();
        builder.Services.AddDealTrackerCore(
            builder.Configuration.GetConnectionString("DealTracker"), builder.Environment.ContentRootPath, readerOptions);
        builder.AddDealTrackerAuth();
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddRadzenComponents();
        builder.Services.AddHealthChecks().AddDbContextCheck<DealTrackerDbContext>("database");
        builder.Services.AddSingleton<DealListQuery>();
        builder.Services.AddSingleton<DashboardQuery>();
        builder.Services.AddDealTrackerViews();
    }

    /// <summary>Creates or migrates the database and, when it is empty, ingests the seed articles.</summary>
    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        var initializer = app.Services.GetRequiredService<DatabaseInitializer>();
        await initializer.MigrateAsync();
        var seeds = app.Configuration["Ingestion:SeedsPath"] is { Length: > 0 } configured
            ? Path.GetFullPath(configured, app.Environment.ContentRootPath)
            : Path.Combine(AppContext.BaseDirectory, "seeds");
        await initializer.SeedIfEmptyAsync(seeds);
    }
}
