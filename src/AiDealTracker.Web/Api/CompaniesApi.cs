using AiDealTracker.Web.Features.Companies;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AiDealTracker.Web.Api;

public static class CompaniesApi
{
    public static IEndpointRouteBuilder MapCompaniesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/companies").WithTags("Companies");
        api.MapGet("/", ListAsync).WithSummary("Companies, paged; q matches part of a name or alias; orderBy is name, deals or kind, optionally with ' desc'.");
        api.MapGet("/{id:int}", GetAsync).WithSummary("One company: aliases, totals by type and year, partners, models, hardware, compute facts.");
        return app;
    }

    private static async Task<Ok<PagedResult<CompanyRow>>> ListAsync(
        CompanyListQuery query, string? q, string? orderBy, int skip = 0, int take = 50, CancellationToken cancellationToken = default)
    {
        take = Math.Clamp(take, 1, 200);
        skip = Math.Max(0, skip);
        var (rows, count) = await query.ListAsync(q, orderBy, skip, take, cancellationToken);
        return TypedResults.Ok(new PagedResult<CompanyRow>(rows, count, skip, take));
    }

    private static async Task<Results<Ok<CompanyDetail>, NotFound>> GetAsync(CompanyDetailQuery query, int id, CancellationToken cancellationToken) =>
        await query.LoadAsync(id, cancellationToken) is { } company ? TypedResults.Ok(company) : TypedResults.NotFound();
}
