namespace AiDealTracker.Web.Api;

public static class ReadApi
{
    /// <summary>The read-only JSON API: deals (with exports), companies, models, hardware and articles.</summary>
    public static IEndpointRouteBuilder MapReadApi(this IEndpointRouteBuilder app)
    {
        app.MapDealsApi();
        app.MapCompaniesApi();
        app.MapCatalogApi();
        app.MapArticlesApi();
        return app;
    }
}
