using System.Globalization;
using AiDealTracker.Core.Data;
using AiDealTracker.Core.Domain;
using AiDealTracker.Core.Editing;
using Microsoft.EntityFrameworkCore;

namespace AiDealTracker.Web.Features.Review;

/// <summary>What waits for an editor: pending deals, least confident first, then new companies, then compute facts.</summary>
public sealed class ReviewQueueQuery(IDbContextFactory<DealTrackerDbContext> dbFactory)
{
    public async Task<IReadOnlyList<ReviewItem>> LoadAsync(int perKind = 50, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var deals = await db.Deals.AsNoTracking()
            .Where(d => d.ReviewState == ReviewState.Pending && d.MergedIntoId == null)
            .OrderBy(d => d.Confidence).ThenBy(d => d.Id)
            .Take(perKind)
            .Select(d => new
            {
                d.Id, d.Summary, d.Type, d.AmountUsd, d.Date, d.DatePrecision, d.Confidence,
                Evidence = d.Evidence.OrderBy(e => e.Id).Select(e => new { e.SentenceText, e.ArticleId, e.Article!.Title }).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var items = deals.Select(d => new ReviewItem(
            ReviewKind.Deal, d.Id, d.Summary, Describe(d.Type, d.AmountUsd, d.Date, d.DatePrecision), d.Confidence,
            d.Evidence?.SentenceText, d.Evidence?.ArticleId, d.Evidence?.Title)).ToList();

        var companies = await db.Companies.AsNoTracking()
            .Where(c => c.IsNew && c.ReviewState == ReviewState.Pending && c.MergedIntoId == null)
            .OrderBy(c => c.Name)
            .Take(perKind)
            .Select(c => new { c.Id, c.Name, c.Kind })
            .ToListAsync(cancellationToken);
        foreach (var company in companies)
        {
            var (sentence, articleId, title) = await FirstMentionAsync(db, company.Name, cancellationToken);
            items.Add(new ReviewItem(ReviewKind.Company, company.Id, company.Name, "New company · " + company.Kind, null, sentence, articleId, title));
        }

        var compute = await db.ComputeFacts.AsNoTracking()
            .Where(c => c.ReviewState == ReviewState.Pending)
            .OrderBy(c => c.Id)
            .Take(perKind)
            .Select(c => new
            {
                c.Id, Company = c.Company!.Name, Model = c.AiModel!.Name, Hardware = c.Hardware!.Name, c.Quantity,
                Evidence = c.Evidence.Select(e => new { e.SentenceText, e.ArticleId, e.Article!.Title }).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        items.AddRange(compute.Select(c => new ReviewItem(
            ReviewKind.Compute, c.Id,
            string.Join(" · ", new[] { c.Company, c.Model }.Where(s => s is not null)),
            $"Compute: {c.Quantity?.ToString("N0", CultureInfo.InvariantCulture) ?? "?"} × {c.Hardware ?? "?"}",
            null, c.Evidence?.SentenceText, c.Evidence?.ArticleId, c.Evidence?.Title)));
        return items;
    }

    public async Task<int> CountAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Deals.CountAsync(d => d.ReviewState == ReviewState.Pending && d.MergedIntoId == null, cancellationToken)
            + await db.Companies.CountAsync(c => c.IsNew && c.ReviewState == ReviewState.Pending && c.MergedIntoId == null, cancellationToken)
            + await db.ComputeFacts.CountAsync(c => c.ReviewState == ReviewState.Pending, cancellationToken);
    }

    private static string Describe(DealType type, decimal? amountUsd, DateOnly? date, DatePrecision? precision) =>
        string.Join(" · ", new[]
        {
            DealTypeNames.Display(type),
            amountUsd is null ? null : "$" + AmountText.Format(amountUsd),
            date is { } d && precision is { } p ? new PartialDate(d, p).ToDisplayString() : null,
        }.Where(s => s is not null));

    private static async Task<(string? Sentence, int? ArticleId, string? Title)> FirstMentionAsync(
        DealTrackerDbContext db, string name, CancellationToken cancellationToken)
    {
        var mention = await db.Mentions.AsNoTracking()
            .Where(m => m.Kind == MentionKind.Company && m.Value == name)
            .OrderBy(m => m.Id)
            .Select(m => new { m.ArticleId, m.Start })
            .FirstOrDefaultAsync(cancellationToken);
        if (mention is null)
        {
            return (null, null, null);
        }

        var article = await db.Articles.AsNoTracking().Where(a => a.Id == mention.ArticleId)
            .Select(a => new { a.Title, a.Text }).FirstAsync(cancellationToken);
        var sentence = Sentences.Split(article.Text).FirstOrDefault(s => s.Start <= mention.Start && mention.Start < s.End);
        return (sentence?.Text, mention.ArticleId, article.Title);
    }
}
