using AiDealTracker.Web.Features.Articles;
using AiDealTracker.Web.Features.Search;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AiDealTracker.Web.Api;

public static class ArticlesApi
{
    public static IEndpointRouteBuilder MapArticlesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/articles").WithTags("Articles");
        api.MapGet("/", ListAsync).WithSummary("Articles newest first, paged; q matches part of the title, site the exact site name.");
        api.MapGet("/{id:int}", GetAsync).WithSummary("One article: cleaned text, mentions (character spans by kind), deals and compute facts drawn from it.");
        api.MapGet("/search", SearchAsync).WithSummary("Full-text search over titles and texts, best first; snippets mark matches with U+E000 … U+E001.");
        return app;
    }

    private static async Task<Ok<PagedResult<ArticleRow>>> ListAsync(
        ArticleQuery query, string? q, string? site, int skip = 0, int take = 50, CancellationToken cancellationToken = default)
    {
        take = Math.Clamp(take, 1, 200);
        skip = Math.Max(0, skip);
        var (rows, count) = await query.ListAsync(q, site, skip, take, cancellationToken);
        return TypedResults.Ok(new PagedResult<ArticleRow>(rows, count, skip, take));
    }

    private static async Task<Results<Ok<ArticleDetail>, NotFound>> GetAsync(ArticleQuery query, int id, CancellationToken cancellationToken) =>
        await query.LoadAsync(id, cancellationToken) is { } article ? TypedResults.Ok(article) : TypedResults.NotFound();

    private static async Task<Ok<PagedResult<ArticleSearchItem>>> SearchAsync(
        ArticleSearchQuery query, string? q, int skip = 0, int take = 20, CancellationToken cancellationToken = default)
    {
        take = Math.Clamp(take, 1, 50);
        skip = Math.Max(0, skip);
        var (hits, count) = await query.SearchAsync(q, skip, take, cancellationToken);
        var items = hits.Select(h => new ArticleSearchItem(
                h.ArticleId,
                string.Concat(h.Title.Select(s => s.Text)),
                string.Concat(h.Snippet.Select(s => s.Kind is null ? s.Text : SnippetText.Open + s.Text + SnippetText.Close)),
                h.SiteName,
                h.Published,
                h.Deals.Select(d => d.DealId).ToList()))
            .ToList();
        return TypedResults.Ok(new PagedResult<ArticleSearchItem>(items, count, skip, take));
    }
}
