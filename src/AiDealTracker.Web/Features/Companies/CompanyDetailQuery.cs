using AiDealTracker.Core.Data;
using AiDealTracker.Core.Domain;
using AiDealTracker.Web.Features.Deals;
using AiDealTracker.Web.Features.Timeline;
using Microsoft.EntityFrameworkCore;

namespace AiDealTracker.Web.Features.Companies;

/// <summary>
/// One company: aliases, totals by type and year, partners, models, hardware, compute facts and its largest deals in
/// time. Aggregates over its deals come from the deal snapshot; the rest are small indexed lookups.
/// </summary>
public sealed class CompanyDetailQuery(IDbContextFactory<DealTrackerDbContext> dbFactory, DealSnapshotCache snapshots)
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

        var snapshot = await snapshots.GetAsync(cancellationToken);
        var deals = snapshot.DealsOf(id);
        var totals = deals
            .GroupBy(d => (d.Date?.Year, d.Type))
            .Select(g => new CompanyTotal(g.Key.Year, g.Key.Type, g.Count(), g.Sum(d => d.AmountUsd ?? 0)))
            .ToList();
        var partners = deals
            .SelectMany(d => Enumerable.Range(d.FirstParty, d.PartyCount).Select(p => (Company: snapshot.PartyCompany[p], Deal: d)))
            .Where(p => p.Company != id)
            .GroupBy(p => p.Company)
            .Select(g => new CompanyPartner(g.Key, snapshot.CompanyNames.GetValueOrDefault(g.Key) ?? "", g.Count(), g.Sum(p => p.Deal.AmountUsd ?? 0)))
            .OrderByDescending(p => p.Deals).ThenByDescending(p => p.ValueUsd).ThenBy(p => p.Name)
            .Take(20)
            .ToList();
        var timeline = deals
            .Where(d => d.Date is not null && d.DatePrecision is not null)
            .OrderBy(d => d.AmountUsd is null).ThenByDescending(d => d.AmountUsd).ThenByDescending(d => d.Id)
            .Take(TimelineDeals)
            .Select(d => new TimelineDeal(d.Id, d.Summary, d.Type, d.AmountUsd, new PartialDate(d.Date!.Value, d.DatePrecision!.Value)))
            .ToList();

        var developed = await db.AiModels.AsNoTracking().Where(m => m.DeveloperId == id).OrderBy(m => m.Name)
            .Select(m => new NamedRef(m.Id, m.Name)).Take(100).ToListAsync(cancellationToken);
        var dealIds = db.DealParties.Where(p => p.CompanyId == id).Select(p => p.DealId);
        var modelIds = db.DealModels.Where(m => dealIds.Contains(m.DealId)).Select(m => m.AiModelId);
        var models = await db.AiModels.AsNoTracking().Where(m => modelIds.Contains(m.Id)).OrderBy(m => m.Name).Take(100)
            .Select(m => new NamedRef(m.Id, m.Name)).ToListAsync(cancellationToken);
        var hardwareIds = db.DealHardware.Where(h => dealIds.Contains(h.DealId)).Select(h => h.HardwareId);
        var hardware = await db.Hardware.AsNoTracking().Where(h => hardwareIds.Contains(h.Id)).OrderBy(h => h.Name).Take(100)
            .Select(h => new NamedRef(h.Id, h.Name)).ToListAsync(cancellationToken);
        var compute = await db.ComputeFacts.AsNoTracking().Where(c => c.CompanyId == id && c.ReviewState != ReviewState.Rejected)
            .OrderByDescending(c => c.Id).Take(50)
            .Join(db.Articles, c => c.ArticleId, a => a.Id, (c, a) => new CompanyComputeFact(
                c.Id, a.Id, a.Title, c.AiModel != null ? c.AiModel.Name : null, c.Hardware != null ? c.Hardware.Name : null, c.Quantity))
            .ToListAsync(cancellationToken);

        return new CompanyDetail(
            company.Id, company.Name, company.Kind, company.IsNew, company.ReviewState, company.MergedIntoId, company.Aliases,
            deals.Count, totals.Sum(t => t.ValueUsd), totals, partners, developed, models, hardware, compute, timeline);
    }
}
