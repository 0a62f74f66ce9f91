using Microsoft.Extensions.DependencyInjection;

namespace AiDealTracker.Core.Editing;

public static class EditingServiceCollectionExtensions
{
    /// <summary>The editor use cases; each checks the user's role itself.</summary>
    public static IServiceCollection AddDealTrackerEditing(this IServiceCollection services)
    {
        services.AddSingleton<EditorSession>();
        services.AddSingleton<DealEditor>();
        services.AddSingleton<CompanyEditor>();
        services.AddSingleton<CatalogEditor>();
        services.AddSingleton<ComputeFactEditor>();
        services.AddSingleton<ChangeReverter>();
        services.AddSingleton<CompanyMerger>();
        services.AddSingleton<DealMerger>();
        return services;
    }
}
