using AiDealTracker.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace AiDealTracker.Web.Features.Editing;

/// <summary>The lists edit forms pick from: companies (not merged away), hardware, models and articles.</summary>
public sealed class EditingChoices(IDbContextFactory<DealTrackerDbContext> dbFactory)
{
    public async Task<IReadOnlyList<IdName>> CompaniesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Companies.AsNoTracking().Where(c => c.MergedIntoId == null).OrderBy(c => c.Name)
            .Select(c => new IdName(c.Id, c.Name)).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<IdName>> HardwareAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Hardware.AsNoTracking().OrderBy(h => h.Name).Select(h => new IdName(h.Id, h.Name)).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<IdName>> ModelsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.AiModels.AsNoTracking().OrderBy(m => m.Name).Select(m => new IdName(m.Id, m.Name)).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<IdName>> ArticlesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Articles.AsNoTracking().OrderByDescending(a => a.Published).ThenByDescending(a => a.Id)
            .Select(a => new IdName(a.Id, a.Title)).ToListAsync(cancellationToken);
    }

    public async Task<string> ArticleTextAsync(int articleId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Articles.AsNoTracking().Where(a => a.Id == articleId).Select(a => a.Text).FirstOrDefaultAsync(cancellationToken) ?? "";
    }
}
