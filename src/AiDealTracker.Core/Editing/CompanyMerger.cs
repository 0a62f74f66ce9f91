using System.Security.Claims;
using AiDealTracker.Core.Data.Interceptors;
using AiDealTracker.Core.Domain;
using AiDealTracker.Core.Ingestion;
using Microsoft.EntityFrameworkCore;

namespace AiDealTracker.Core.Editing;

/// <summary>
/// Merges a duplicate company into the one that survives: its deals, compute facts and models move over, its name and
/// aliases become the survivor's aliases (and so feed the next ingestion), and it stays stored, redirecting there.
/// Splitting reverts the merge's audited change set.
/// </summary>
public sealed class CompanyMerger(EditorSession session, ChangeReverter reverter, TimeProvider time)
{
    public const string MergeOperation = "Merge companies";

    public Task<EditResult<int>> MergeAsync(ClaimsPrincipal user, int duplicateId, int survivorId, CancellationToken cancellationToken = default) =>
        session.RunAsync(user, MergeOperation, async db =>
        {
            var duplicate = await db.Companies.Include(c => c.Aliases).FirstOrDefaultAsync(c => c.Id == duplicateId, cancellationToken);
            var survivor = await db.Companies.Include(c => c.Aliases).FirstOrDefaultAsync(c => c.Id == survivorId, cancellationToken);
            if (duplicate is null || survivor is null)
            {
                return EditResult.NotFound<int>();
            }

            if (duplicate.Id == survivor.Id || duplicate.MergedIntoId is not null || survivor.MergedIntoId is not null)
            {
                return EditResult.Invalid<int>("Pick two different companies that are not already merged.");
            }

            duplicate.MergeInto(survivor);
            foreach (var alias in duplicate.Aliases.ToList())
            {
                alias.CompanyId = survivor.Id;
            }

            if (!survivor.Aliases.Any(a => a.Alias.Equals(duplicate.Name, StringComparison.OrdinalIgnoreCase)))
            {
                survivor.AddEditorAlias(duplicate.Name);
            }

            var deals = await DealEditor.WithLinks(db).Where(d => d.Parties.Any(p => p.CompanyId == duplicate.Id)).ToListAsync(cancellationToken);
            foreach (var deal in deals)
            {
                var moved = deal.Parties.First(p => p.CompanyId == duplicate.Id);
                deal.Parties.Remove(moved);
                if (deal.Parties.All(p => p.CompanyId != survivor.Id))
                {
                    deal.Parties.Add(new DealParty { CompanyId = survivor.Id, Company = survivor, Role = moved.Role });
                }

                // The fingerprint is what extraction computes, and extraction now resolves the duplicate's name to the survivor.
                deal.Fingerprint = DealFingerprint.Of(deal.Type, FingerprintIds(deal.Fingerprint).Select(id => id == duplicate.Id ? survivor.Id : id));
                deal.Summary = DealSummary.Describe(deal.Type, deal.Parties.Select(p => (p.Company?.Name ?? "?", p.Role)).ToList());
                deal.UpdatedAt = time.GetUtcNow();
            }

            await db.ComputeFacts.Where(c => c.CompanyId == duplicate.Id).ForEachAsync(c => c.CompanyId = survivor.Id, cancellationToken);
            await db.AiModels.Where(m => m.DeveloperId == duplicate.Id).ForEachAsync(m => m.DeveloperId = survivor.Id, cancellationToken);
            db.Entry(survivor).State = EntityState.Modified;
            await db.SaveChangesAsync(cancellationToken);
            return EditResult.Saved<int>(survivor.Id);
        }, cancellationToken);

    /// <summary>Undoes the last merge of <paramref name="duplicateId"/>: everything the merge moved goes back.</summary>
    public Task<EditResult<int>> SplitAsync(ClaimsPrincipal user, int duplicateId, CancellationToken cancellationToken = default) =>
        reverter.RevertLastMergeAsync(user, nameof(Company), duplicateId, cancellationToken);

    internal static IEnumerable<int> FingerprintIds(string fingerprint)
    {
        var bar = fingerprint.IndexOf('|', StringComparison.Ordinal);
        return bar < 0
            ? []
            : fingerprint[(bar + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries)
                .Select(s => int.TryParse(s, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : 0)
                .Where(id => id > 0);
    }
}
