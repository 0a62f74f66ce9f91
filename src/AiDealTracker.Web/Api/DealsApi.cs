using AiDealTracker.Web.Features.Deals;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AiDealTracker.Web.Api;

public static class DealsApi
{
    /// <summary>Exports stop here; narrow the filters for more.</summary>
    public const int ExportLimit = 100_000;

    public static IEndpointRouteBuilder MapDealsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/deals").WithTags("Deals");
        api.MapGet("/", ListAsync).WithSummary("Deals matching the filters, paged; visible deals only (not rejected, not merged).");
        api.MapGet("/{id:int}", GetAsync).WithSummary("One deal with parties, claims per source and evidence sentences.");
        api.MapGet("/export.csv", ExportCsv).WithSummary("Every deal matching the filters as CSV (up to 100,000).").Produces(200, contentType: "text/csv");
        api.MapGet("/export.json", ExportJson).WithSummary("Every deal matching the filters as a JSON array (up to 100,000).");
        return app;
    }

    private static async Task<Ok<PagedResult<DealRow>>> ListAsync(
        DealListQuery query, [AsParameters] DealFilterParameters filter, string? orderBy, int skip = 0, int take = 50, CancellationToken cancellationToken = default)
    {
        take = Math.Clamp(take, 1, 500);
        skip = Math.Max(0, skip);
        var (rows, count) = await query.ListAsync(filter.ToFilter(), orderBy, skip, take, cancellationToken);
        return TypedResults.Ok(new PagedResult<DealRow>(rows, count, skip, take));
    }

    private static async Task<Results<Ok<DealDetail>, NotFound>> GetAsync(DealDetailQuery query, int id, CancellationToken cancellationToken) =>
        await query.LoadAsync(id, cancellationToken) is { } deal ? TypedResults.Ok(deal) : TypedResults.NotFound();

    private static PushStreamHttpResult ExportCsv(DealListQuery query, [AsParameters] DealFilterParameters filter, CancellationToken cancellationToken) =>
        TypedResults.Stream(
            stream => DealCsv.WriteAsync(stream, query.StreamAsync(filter.ToFilter(), ExportLimit, cancellationToken), cancellationToken),
            "text/csv; charset=utf-8",
            "deals.csv");

    private static Ok<IAsyncEnumerable<DealRow>> ExportJson(
        HttpContext context, DealListQuery query, [AsParameters] DealFilterParameters filter, CancellationToken cancellationToken)
    {
        context.Response.Headers.ContentDisposition = "attachment; filename=deals.json";
        return TypedResults.Ok(query.StreamAsync(filter.ToFilter(), ExportLimit, cancellationToken));
    }
}
