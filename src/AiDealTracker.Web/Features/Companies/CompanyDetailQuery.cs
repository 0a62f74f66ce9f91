using AiDealTracker.Core.Data;
using AiDealTracker.Core.Domain;
using AiDealTracker.Web.Features.Deals;
using AiDealTracker.Web.Features.Timeline;
using Microsoft.EntityFrameworkCore;

namespace AiDealTracker.Web.Features.Companies;

/// <summary>One company: aliases, totals by type and year, partners, models, hardware, compute facts and its largest deals in time.</summary>
public sealed class CompanyDetailQuery(IDbContextFactory<DealTrackerDbContext> dbFactory)
{
    public const int TimelineDeals = 300;

    public async Task<CompanyDetail?> LoadAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var company = await db.Companies.AsNoTracking().Where(c => c.Id == id)
            .Select(c => new { c.Id, c.Name, c.Kind, c.IsNew, c.ReviewState, c.MergedIntoId, Aliases = c.Aliases.OrderBy(a => a.Alias).Select(a => a.Alias).ToList() })
            .FirstOrDefaultAsync(cancellationToken);
        if (company is null)
        {
            return null;
        }

        var deals = DealListQuery.Visible(db).Where(d => d.Parties.Any(p => p.CompanyId == id));
        var totals = await deals
            .GroupBy(d => new { Year = d.Date == null ? (int?)null : d.Date.Value.Year, d.Type })
            .Select(g => new CompanyTotal(g.Key.Year, g.Key.Type, g.Count(), g.Sum(d => d.AmountUsd ?? 0)))
            .ToListAsync(cancellationToken);
        var dealIds = deals.Select(d => d.Id);
        var partnerTotals = await (
                from p in db.DealParties
                join d in deals on p.DealId equals d.Id
                where p.CompanyId != id
                group d by p.CompanyId into g
                select new { CompanyId = g.Key, Deals = g.Count(), Value = g.Sum(d => d.AmountUsd ?? 0) })
            .OrderByDescending(p => p.Deals).ThenByDescending(p => p.Value).ThenBy(p => p.CompanyId)
            .Take(30)
            .ToListAsync(cancellationToken);
        var partnerIds = partnerTotals.Select(p => p.CompanyId).ToList();
        var partnerNames = await db.Companies.AsNoTracking().Where(c => partnerIds.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        var partners = partnerTotals.Select(p => new CompanyPartner(p.CompanyId, partnerNames.GetValueOrDefault(p.CompanyId) ?? "", p.Deals, p.Value)).ToList();
        var developed = await db.AiModels.AsNoTracking().Where(m => m.DeveloperId == id).OrderBy(m => m.Name)
            .Select(m => new NamedRef(m.Id, m.Name)).Take(100).ToListAsync(cancellationToken);
        var modelIds = db.DealModels.Where(m => dealIds.Contains(m.DealId)).Select(m => m.AiModelId).Distinct();
        var models = await db.AiModels.AsNoTracking().Where(m => modelIds.Contains(m.Id)).OrderBy(m => m.Name).Take(100)
            .Select(m => new NamedRef(m.Id, m.Name)).ToListAsync(cancellationToken);
        var hardwareIds = db.DealHardware.Where(h => dealIds.Contains(h.DealId)).Select(h => h.HardwareId).Distinct();
        var hardware = await db.Hardware.AsNoTracking().Where(h => hardwareIds.Contains(h.Id)).OrderBy(h => h.Name).Take(100)
            .Select(h => new NamedRef(h.Id, h.Name)).ToListAsync(cancellationToken);
        var compute = await db.ComputeFacts.AsNoTracking().Where(c => c.CompanyId == id && c.ReviewState != ReviewState.Rejected)
            .OrderByDescending(c => c.Id).Take(50)
            .Join(db.Articles, c => c.ArticleId, a => a.Id, (c, a) => new CompanyComputeFact(
                c.Id, a.Id, a.Title, c.AiModel != null ? c.AiModel.Name : null, c.Hardware != null ? c.Hardware.Name : null, c.Quantity))
            .ToListAsync(cancellationToken);
        var timeline = await deals.Where(d => d.Date != null && d.DatePrecision != null)
            .OrderBy(d => d.AmountUsd == null).ThenByDescending(d => d.AmountUsd).ThenByDescending(d => d.Id)
            .Take(TimelineDeals)
            .Select(d => new { d.Id, d.Summary, d.Type, d.AmountUsd, Date = d.Date!.Value, Precision = d.DatePrecision!.Value })
            .ToListAsync(cancellationToken);

        return new CompanyDetail(
            company.Id, company.Name, company.Kind, company.IsNew, company.ReviewState, company.MergedIntoId, company.Aliases,
            totals.Sum(t => t.Deals), totals.Sum(t => t.ValueUsd), totals, partners, developed, models, hardware, compute,
            timeline.Select(d => new TimelineDeal(d.Id, d.Summary, d.Type, d.AmountUsd, new PartialDate(d.Date, d.Precision))).ToList());
    }
}
