using AiDealTracker.Core.Data;
using AiDealTracker.Core.Domain;
using AiDealTracker.Web.Features.Deals;
using Microsoft.EntityFrameworkCore;

namespace AiDealTracker.Web.Features.Articles;

/// <summary>Articles newest first, paged in SQL, optionally narrowed by title or site; and one article with what was drawn from it.</summary>
public sealed class ArticleQuery(IDbContextFactory<DealTrackerDbContext> dbFactory)
{
    public async Task<(IReadOnlyList<ArticleRow> Rows, int Count)> ListAsync(
        string? title, string? site, int skip, int take, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var articles = db.Articles.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(title))
        {
            articles = articles.Where(a => EF.Functions.Like(a.Title, "%" + title.Trim() + "%"));
        }

        if (!string.IsNullOrWhiteSpace(site))
        {
            articles = articles.Where(a => a.SiteName == site.Trim());
        }

        var count = await articles.CountAsync(cancellationToken);
        var rows = await articles
            .OrderByDescending(a => a.Published).ThenByDescending(a => a.Id)
            .Skip(Math.Max(0, skip)).Take(Math.Clamp(take, 1, 200))
            .Select(a => new ArticleRow(a.Id, a.Title, a.SiteName, a.Byline, a.Published, db.DealClaims.Count(c => c.ArticleId == a.Id)))
            .ToListAsync(cancellationToken);
        return (rows, count);
    }

    public async Task<ArticleDetail?> LoadAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var article = await db.Articles.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new { a.Id, a.Title, a.Source, a.Url, a.Byline, a.SiteName, a.Published, a.PublishedPrecision, a.IngestedAt, a.ExtractorVersion, a.Text })
            .FirstOrDefaultAsync(cancellationToken);
        if (article is null)
        {
            return null;
        }

        var mentions = await db.Mentions.AsNoTracking().Where(m => m.ArticleId == id).OrderBy(m => m.Start)
            .Select(m => new ArticleMention(m.Kind, m.Start, m.End, m.Value)).ToListAsync(cancellationToken);
        var claimed = db.DealClaims.Where(c => c.ArticleId == id).Select(c => c.DealId)
            .Union(db.Evidence.Where(e => e.ArticleId == id && e.DealId != null).Select(e => e.DealId!.Value));
        var deals = await DealListQuery.Visible(db).Where(d => claimed.Contains(d.Id)).OrderByDescending(d => d.AmountUsd).ThenBy(d => d.Id).Take(100)
            .Select(d => new ArticleFact(d.Id, d.Summary, d.Type, d.AmountUsd, d.Date, d.DatePrecision)).ToListAsync(cancellationToken);
        var compute = await db.ComputeFacts.AsNoTracking().Where(c => c.ArticleId == id && c.ReviewState != ReviewState.Rejected).Take(100)
            .Select(c => new ArticleComputeFact(
                c.Id, c.Company != null ? c.Company.Name : null, c.CompanyId, c.AiModel != null ? c.AiModel.Name : null,
                c.Hardware != null ? c.Hardware.Name : null, c.Quantity))
            .ToListAsync(cancellationToken);
        var evidence = await db.Evidence.AsNoTracking().Where(e => e.ArticleId == id).Select(e => new ArticleEvidenceSpan(e.Id, e.Start, e.End, e.DealId)).ToListAsync(cancellationToken);

        return new ArticleDetail(
            article.Id, article.Title, article.Source, article.Url, article.Byline, article.SiteName, article.Published, article.PublishedPrecision,
            article.IngestedAt, article.ExtractorVersion, article.Text, mentions, deals, compute, evidence);
    }
}
