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
        // Rank first over rowids only, then build snippets for the page alone: snippet() reads the article text, so
        // computing it for every match before sorting would read thousands of articles for twenty results.
        var ranked = await db.Database
            .SqlQuery<int>($"""SELECT rowid AS "Value" FROM "ArticleSearch" WHERE "ArticleSearch" MATCH {match} ORDER BY rank LIMIT {take} OFFSET {skip}""")
            .ToListAsync(cancellationToken);
        var open = SnippetText.Open.ToString();
        var close = SnippetText.Close.ToString();
        var marked = new List<SearchHitRow>(ranked.Count);
        foreach (var id in ranked)
        {
            // One article per statement: FTS5 then reads the match for that rowid alone instead of filtering all matches.
            marked.AddRange(await db.Database.SqlQuery<SearchHitRow>($"""
                SELECT "ArticleSearch".rowid AS "Id", highlight("ArticleSearch", 0, {open}, {close}) AS "TitleMarked",
                       snippet("ArticleSearch", 1, {open}, {close}, '…', 24) AS "SnippetMarked",
                       a."SiteName", a."Published"
                FROM "ArticleSearch"
                JOIN "Articles" AS a ON a."Id" = "ArticleSearch".rowid
                WHERE "ArticleSearch" MATCH {match} AND "ArticleSearch".rowid = {id}
                """).ToListAsync(cancellationToken));
        }

        var rows = ranked.Select(id => marked.FirstOrDefault(m => m.Id == id)).OfType<SearchHitRow>().ToList();

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
