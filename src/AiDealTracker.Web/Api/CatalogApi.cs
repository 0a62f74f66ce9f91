using Microsoft.AspNetCore.Http.HttpResults;

namespace AiDealTracker.Web.Api;

public static class CatalogApi
{
    public static IEndpointRouteBuilder MapCatalogApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/models", (CatalogQuery query, string? q, int skip = 0, int take = 50, CancellationToken cancellationToken = default) =>
                ModelsAsync(query, q, skip, take, cancellationToken))
            .WithTags("Models").WithSummary("AI models by name, paged; q matches part of the name.");
        app.MapGet("/api/hardware", (CatalogQuery query, string? q, int skip = 0, int take = 50, CancellationToken cancellationToken = default) =>
                HardwareAsync(query, q, skip, take, cancellationToken))
            .WithTags("Hardware").WithSummary("Hardware by name, paged; q matches part of the name.");
        return app;
    }

    private static async Task<Ok<PagedResult<ModelItem>>> ModelsAsync(CatalogQuery query, string? q, int skip, int take, CancellationToken cancellationToken) =>
        TypedResults.Ok(await query.ModelsAsync(q, Math.Max(0, skip), Math.Clamp(take, 1, 500), cancellationToken));

    private static async Task<Ok<PagedResult<HardwareItem>>> HardwareAsync(CatalogQuery query, string? q, int skip, int take, CancellationToken cancellationToken) =>
        TypedResults.Ok(await query.HardwareAsync(q, Math.Max(0, skip), Math.Clamp(take, 1, 500), cancellationToken));
}
