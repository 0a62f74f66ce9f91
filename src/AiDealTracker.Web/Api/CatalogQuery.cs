using AiDealTracker.Core.Data;
using AiDealTracker.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace AiDealTracker.Web.Api;

/// <summary>AI models and hardware by name, paged, with how many deals name them.</summary>
public sealed class CatalogQuery(IDbContextFactory<DealTrackerDbContext> dbFactory)
{
    public async Task<PagedResult<ModelItem>> ModelsAsync(string? q, int skip, int take, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var models = db.AiModels.AsNoTracking().Where(m => m.ReviewState != ReviewState.Rejected);
        if (!string.IsNullOrWhiteSpace(q))
        {
            models = models.Where(m => EF.Functions.Like(m.Name, "%" + q.Trim() + "%"));
        }

        var count = await models.CountAsync(cancellationToken);
        var items = await models.OrderBy(m => m.Name).Skip(skip).Take(take)
            .Select(m => new ModelItem(m.Id, m.Name, m.Family, m.DeveloperId, m.Developer != null ? m.Developer.Name : null, db.DealModels.Count(d => d.AiModelId == m.Id)))
            .ToListAsync(cancellationToken);
        return new PagedResult<ModelItem>(items, count, skip, take);
    }

    public async Task<PagedResult<HardwareItem>> HardwareAsync(string? q, int skip, int take, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var hardware = db.Hardware.AsNoTracking().Where(h => h.ReviewState != ReviewState.Rejected);
        if (!string.IsNullOrWhiteSpace(q))
        {
            hardware = hardware.Where(h => EF.Functions.Like(h.Name, "%" + q.Trim() + "%"));
        }

        var count = await hardware.CountAsync(cancellationToken);
        var items = await hardware.OrderBy(h => h.Name).Skip(skip).Take(take)
            .Select(h => new HardwareItem(h.Id, h.Name, h.Vendor, h.Kind, db.DealHardware.Count(d => d.HardwareId == h.Id)))
            .ToListAsync(cancellationToken);
        return new PagedResult<HardwareItem>(items, count, skip, take);
    }
}
