using AiDealTracker.Web.Features.Articles;
using AiDealTracker.Web.Features.Companies;
using AiDealTracker.Web.Features.Deals;
using AiDealTracker.Web.Features.Partners;
using AiDealTracker.Web.Features.Search;
using AiDealTracker.Web.Features.Timeline;

namespace AiDealTracker.Web.Features;

public static class ViewServices
{
    /// <summary>The query classes behind the analyst and reader views; each opens its own context per call.</summary>
    public static IServiceCollection AddDealTrackerViews(this IServiceCollection services)
    {
        services.AddSingleton<DealDetailQuery>();
        services.AddSingleton<TimelineQuery>();
        services.AddSingleton<ArticleQuery>();
        services.AddSingleton<ArticleSearchQuery>();
        services.AddSingleton<CompanyListQuery>();
        services.AddSingleton<CompanyDetailQuery>();
        services.AddSingleton<DealSnapshotCache>();
        services.AddSingleton<PartnerGraphQuery>();
        services.AddSingleton<PartnerLayoutCache>();
        services.AddSingleton<AiDealTracker.Web.Api.CatalogQuery>();
        services.AddHostedService<Common.QueryPlannerStatistics>();
        services.AddOpenApi();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        return services;
    }
}
