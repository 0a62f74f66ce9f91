using AiDealTracker.Web.Features.Deals;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AiDealTracker.Web.Api;

public static class DealsApi
{
    public static IEndpointRouteBuilder MapDealsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/deals").WithTags("Deals");
        api.MapGet("/", ListAsync);
        return app;
    }

    private static async Task<Ok<PagedResult<DealRow>>> ListAsync(
        DealListQuery query,
        string? company,
        string? type,
        string? status,
        string? from,
        string? to,
        string? min,
        string? q,
        string? orderBy,
        int skip = 0,
        int take = 50,
        CancellationToken cancellationToken = default)
    {
        var filter = DealFilter.FromQuery(company, type, status, from, to, min, q);
        var (rows, count) = await query.ListAsync(filter, orderBy, skip, Math.Clamp(take, 1, 500), cancellationToken);
        return TypedResults.Ok(new PagedResult<DealRow>(rows, count, skip, take));
    }
}
