using System.Security.Claims;
using AiDealTracker.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace AiDealTracker.Core.Editing;

/// <summary>
/// Merges a duplicate deal into the one that survives: evidence, parties, hardware and models move over, and the duplicate
/// stays stored, redirecting there, so ingestion sends its future evidence to the survivor. Its claims stay with it: they say
/// which articles reported it, so a split (reverting the merge) gives it back its articles on the next extraction.
/// </summary>
public sealed class DealMerger(EditorSession session, ChangeReverter reverter, TimeProvider time)
{
    public Task<EditResult<int>> MergeAsync(ClaimsPrincipal user, int duplicateId, int survivorId, CancellationToken cancellationToken = default) =>
        session.RunAsync(user, "Merge deals", async db =>
        {
            var duplicate = await DealEditor.WithLinks(db).FirstOrDefaultAsync(d => d.Id == duplicateId, cancellationToken);
            var survivor = await DealEditor.WithLinks(db).FirstOrDefaultAsync(d => d.Id == survivorId, cancellationToken);
            if (duplicate is null || survivor is null)
            {
                return EditResult.NotFound<int>();
            }

            if (duplicate.Id == survivor.Id || duplicate.MergedIntoId is not null || survivor.MergedIntoId is not null)
            {
                return EditResult.Invalid<int>("Pick two different deals that are not already merged.");
            }

            duplicate.MergeInto(survivor);
            await db.Evidence.Where(e => e.DealId == duplicate.Id).ForEachAsync(e => e.DealId = survivor.Id, cancellationToken);
            foreach (var party in duplicate.Parties.Where(p => survivor.Parties.All(s => s.CompanyId != p.CompanyId)))
            {
                survivor.Parties.Add(new DealParty { CompanyId = party.CompanyId, Company = party.Company, Role = party.Role });
            }

            foreach (var hardware in duplicate.Hardware.Where(h => survivor.Hardware.All(s => s.HardwareId != h.HardwareId)))
            {
                survivor.Hardware.Add(new DealHardware { HardwareId = hardware.HardwareId, Quantity = hardware.Quantity });
            }

            foreach (var model in duplicate.Models.Where(m => survivor.Models.All(s => s.AiModelId != m.AiModelId)))
            {
                survivor.Models.Add(new DealModel { AiModelId = model.AiModelId });
            }

            survivor.UpdatedAt = duplicate.UpdatedAt = time.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken);
            return EditResult.Saved<int>(survivor.Id);
        }, cancellationToken);

    public Task<EditResult<int>> SplitAsync(ClaimsPrincipal user, int duplicateId, CancellationToken cancellationToken = default) =>
        reverter.RevertLastMergeAsync(user, nameof(Deal), duplicateId, cancellationToken);
}
