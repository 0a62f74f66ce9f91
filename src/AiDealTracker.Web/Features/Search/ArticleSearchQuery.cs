using AiDealTracker.Core.Data;
using AiDealTracker.Web.Features.Deals;
using Microsoft.EntityFrameworkCore;

namespace AiDealTracker.Web.Features.Search;

/// <summary>Full-text search over article titles and texts (the FTS5 table ArticleSearch), best matches first, with highlighted snippets.</summary>
public sealed class ArticleSearchQuery(IDbContextFactory<DealTrackerDbContext> dbFactory)
{
    /// <summary>Counting stops here: beyond it the reader refines the query rather than pages.</summary>
    public const int CountLimit = 1000;

    public async Task<(IReadOnlyList<SearchHit> Hits, int Count)> SearchAsync(string? text, int skip, int take, CancellationToken cancellationToken = default)
    {
        var match = FtsQuery.Build(text);
        if (match is null)
        {
            return ([], 0);
        }

        skip = Math.Max(0, skip);
        take = Math.Clamp(take, 1, 50);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var count = await db.Database
            .SqlQuery<int>($"""SELECT COUNT(*) AS "Value" FROM (SELECT 1 FROM "ArticleSearch" WHERE "ArticleSearch" MATCH {match} LIMIT {CountLimit})""")
            .SingleAsync(cancellationToken);
        var open = SnippetText.Open.ToString();
        var close = SnippetText.Close.ToString();
        var rows = await db.Database.SqlQuery<SearchHitRow>($"""
            SELECT a."Id", highlight("ArticleSearch", 0, {open}, {close}) AS "TitleMarked",
                   snippet("ArticleSearch", 1, {open}, {close}, '…', 24) AS "SnippetMarked",
                   a."SiteName", a."Published"
            FROM "ArticleSearch"
            JOIN "Articles" AS a ON a."Id" = "ArticleSearch".rowid
            WHERE "ArticleSearch" MATCH {match}
            ORDER BY bm25("ArticleSearch", 5.0, 1.0)
            LIMIT {take} OFFSET {skip}
            """).ToListAsync(cancellationToken);

        var ids = rows.Select(r => r.Id).ToList();
        var deals = await db.DealClaims.AsNoTracking()
            .Where(c => ids.Contains(c.ArticleId))
            .Join(DealListQuery.Visible(db), c => c.DealId, d => d.Id, (c, d) => new SearchHitDeal(c.ArticleId, d.Id, d.Summary))
            .ToListAsync(cancellationToken);
        var hits = rows.Select(r => new SearchHit(
                r.Id, SnippetText.Parse(r.TitleMarked), SnippetText.Parse(r.SnippetMarked), r.SiteName, r.Published,
                deals.Where(d => d.ArticleId == r.Id).Take(5).ToList()))
            .ToList();
        return (hits, count);
    }
}
