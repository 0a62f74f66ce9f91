using AiDealTracker.Core.Data;
using AiDealTracker.Core.Domain;
using AiDealTracker.Web.Features.Common;
using Microsoft.EntityFrameworkCore;

namespace AiDealTracker.Web.Features.Deals;

/// <summary>One deal with everything that supports it: parties, claims per source, evidence in its article context.</summary>
public sealed class DealDetailQuery(IDbContextFactory<DealTrackerDbContext> dbFactory)
{
    public const int MaxEvidence = 50;

    private const int ContextCharacters = 280;

    public async Task<DealDetail?> LoadAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var deal = await db.Deals.AsNoTracking().AsSplitQuery().Where(d => d.Id == id).Select(d => new
        {
            d.Id, d.Summary, d.Type, d.Status, d.AmountUsd, d.Amount, d.Currency, d.AmountQualifier, d.Date, d.DatePrecision,
            d.Confidence, d.ReviewState, d.HumanOwned, d.MergedIntoId, d.CreatedAt, d.UpdatedAt,
            Parties = d.Parties.OrderBy(p => p.Role).ThenBy(p => p.Company!.Name)
                .Select(p => new DealPartyView(p.CompanyId, p.Company!.Name, p.Role)).ToList(),
            Models = d.Models.OrderBy(m => m.AiModel!.Name).Select(m => new NamedRef(m.AiModelId, m.AiModel!.Name)).ToList(),
            Hardware = d.Hardware.OrderBy(h => h.Hardware!.Name).Select(h => new DealHardwareView(h.HardwareId, h.Hardware!.Name, h.Quantity)).ToList(),
            Claims = d.Claims.OrderBy(c => c.ArticleId).Select(c => new DealClaimView(
                c.ArticleId, c.Article!.Title, c.Article.SiteName, c.Type, c.Status, c.AmountUsd, c.Date, c.DatePrecision, c.Confidence)).ToList(),
        }).FirstOrDefaultAsync(cancellationToken);
        if (deal is null)
        {
            return null;
        }

        var evidence = await db.Evidence.AsNoTracking()
            .Where(e => e.DealId == id)
            .OrderBy(e => e.ArticleId).ThenBy(e => e.Start)
            .Take(MaxEvidence)
            .Select(e => new { e.Id, e.ArticleId, Title = e.Article!.Title, e.SentenceText, e.Start, e.End, e.AddedByEditor })
            .ToListAsync(cancellationToken);

        var articleIds = evidence.Select(e => e.ArticleId).Concat(deal.Claims.Select(c => c.ArticleId)).Distinct().ToList();
        var evidenceArticleIds = evidence.Select(e => e.ArticleId).Distinct().ToList();
        var texts = await db.Articles.AsNoTracking()
            .Where(a => evidenceArticleIds.Contains(a.Id))
            .Select(a => new { a.Id, a.Text })
            .ToDictionaryAsync(a => a.Id, a => a.Text, cancellationToken);
        var mentions = await db.Mentions.AsNoTracking()
            .Where(m => evidenceArticleIds.Contains(m.ArticleId))
            .Select(m => new { m.ArticleId, m.Start, m.End, m.Value })
            .ToListAsync(cancellationToken);
        var sources = await db.Articles.AsNoTracking()
            .Where(a => articleIds.Contains(a.Id))
            .OrderBy(a => a.Published).ThenBy(a => a.Id)
            .Select(a => new DealSourceView(a.Id, a.Title, a.SiteName, a.Byline, a.Published, a.Source, a.Url))
            .ToListAsync(cancellationToken);

        var views = evidence.Select((e, i) =>
        {
            var text = texts.GetValueOrDefault(e.ArticleId) ?? "";
            var inText = e.End <= text.Length && e.Start < e.End;
            var segments = inText
                ? Context(text, e.Start, e.End)
                : (Segments: (IReadOnlyList<TextSegment>)[new TextSegment(e.SentenceText, "evidence")], Leading: false, Trailing: false);
            var values = mentions.Where(m => m.ArticleId == e.ArticleId && m.Start >= e.Start && m.End <= e.End).Select(m => m.Value).ToList();
            return new DealEvidenceView(i + 1, e.Id, e.ArticleId, e.Title, e.SentenceText, e.AddedByEditor, segments.Leading, segments.Trailing, segments.Segments, values);
        }).ToList();

        return new DealDetail(
            deal.Id, deal.Summary, deal.Type, deal.Status, deal.AmountUsd, deal.Amount, deal.Currency, deal.AmountQualifier, deal.Date,
            deal.DatePrecision, deal.Confidence, deal.ReviewState, deal.HumanOwned, deal.MergedIntoId, deal.CreatedAt, deal.UpdatedAt,
            deal.Parties, deal.Models, deal.Hardware, deal.Claims, views, sources);
    }

    private static (IReadOnlyList<TextSegment> Segments, bool Leading, bool Trailing) Context(string text, int start, int end)
    {
        var (from, to) = TextHighlighter.Window(text, start, end, ContextCharacters);
        var segments = TextHighlighter.Segments(text, [new HighlightSpan(start, end, "evidence")], from, to);
        return (segments, from > 0, to < text.Length);
    }
}
