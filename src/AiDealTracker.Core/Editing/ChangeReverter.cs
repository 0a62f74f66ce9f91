using System.Globalization;
using System.Security.Claims;
using AiDealTracker.Core.Data;
using AiDealTracker.Core.Data.Interceptors;
using AiDealTracker.Core.Domain;
using AiDealTracker.Core.Ingestion;
using Microsoft.EntityFrameworkCore;

namespace AiDealTracker.Core.Editing;

/// <summary>
/// Puts back the old value of an audited change, or of every change one operation made (which is how a merge is split).
/// A value changed again since is not overwritten: the revert is refused. The revert is audited like any edit.
/// </summary>
public sealed class ChangeReverter(EditorSession session, TimeProvider time)
{
    private static readonly HashSet<string> Derived = [nameof(Deal.Summary), nameof(Deal.Fingerprint)];

    public async Task<EditResult<int>> RevertEntryAsync(ClaimsPrincipal user, long auditEntryId, CancellationToken cancellationToken = default) =>
        await RevertAsync(user, $"Revert change #{auditEntryId}", q => q.Where(a => a.Id == auditEntryId), cancellationToken);

    public async Task<EditResult<int>> RevertChangeAsync(ClaimsPrincipal user, string changeId, CancellationToken cancellationToken = default) =>
        await RevertAsync(user, $"Revert {changeId}", q => q.Where(a => a.ChangeId == changeId), cancellationToken);

    /// <summary>Undoes the last merge of a deal or company: the change that set its MergedIntoId, with everything it moved.</summary>
    public async Task<EditResult<int>> RevertLastMergeAsync(ClaimsPrincipal user, string entityType, int duplicateId, CancellationToken cancellationToken = default)
    {
        EditorRoles.Demand(user);
        await using var db = await session.ReadAsync(cancellationToken);
        var changeId = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == entityType && a.EntityId == duplicateId && a.Field == "MergedIntoId" && a.NewValue != null)
            .OrderByDescending(a => a.Id)
            .Select(a => a.ChangeId)
            .FirstOrDefaultAsync(cancellationToken);
        return changeId is null
            ? EditResult.Invalid<int>($"This {entityType.ToLowerInvariant()} was not merged by an editor.")
            : await RevertChangeAsync(user, changeId, cancellationToken);
    }

    private async Task<EditResult<int>> RevertAsync(
        ClaimsPrincipal user, string operation, Func<IQueryable<AuditEntry>, IQueryable<AuditEntry>> select, CancellationToken cancellationToken)
    {
        try
        {
            return await session.RunAsync(user, operation, async db =>
            {
                var rows = await select(db.AuditEntries.AsNoTracking()).OrderByDescending(a => a.Id).ToListAsync(cancellationToken);
                if (rows.Count == 0)
                {
                    return EditResult.NotFound<int>();
                }

                foreach (var row in rows)
                {
                    await UndoAsync(db, row, cancellationToken);
                    await db.SaveChangesAsync(cancellationToken);
                }

                return EditResult.Saved<int>(rows[0].EntityId);
            }, cancellationToken);
        }
        catch (RevertRefusedException refused)
        {
            return EditResult.Invalid<int>(refused.Message);
        }
        catch (DbUpdateException failed)
        {
            return EditResult.Invalid<int>("The change could not be reverted: " + failed.GetBaseException().Message);
        }
    }

    private async Task UndoAsync(DealTrackerDbContext db, AuditEntry row, CancellationToken cancellationToken)
    {
        var field = row.Field ?? "";
        if (row.Action == AuditActions.Created && row.EntityType == nameof(Deal))
        {
            var created = await db.Deals.FindAsync([row.EntityId], cancellationToken) ?? throw Gone(row);
            created.Reject();
            created.UpdatedAt = time.GetUtcNow();
            return;
        }

        if (row.Action is AuditActions.Created or AuditActions.Deleted)
        {
            throw new RevertRefusedException($"A {row.Action.ToLowerInvariant()} {row.EntityType.ToLowerInvariant()} cannot be reverted here.");
        }

        if (field.StartsWith(AuditActions.PartyPrefix, StringComparison.Ordinal))
        {
            var deal = await LoadDealAsync(db, row, cancellationToken);
            var companyId = LinkId(field);
            var party = deal.Parties.FirstOrDefault(p => p.CompanyId == companyId);
            if (row.OldValue is null)
            {
                deal.Parties.RemoveAll(p => p.CompanyId == companyId);
            }
            else if (party is null)
            {
                deal.Parties.Add(new DealParty
                {
                    CompanyId = companyId, Role = Enum.Parse<DealRole>(row.OldValue), Company = await db.Companies.FindAsync([companyId], cancellationToken),
                });
            }
            else
            {
                party.Role = Enum.Parse<DealRole>(row.OldValue);
            }

            deal.MarkPartiesCorrected();
            deal.Summary = DealSummary.Describe(deal.Type, deal.Parties.Select(p => (p.Company?.Name ?? "?", p.Role)).ToList());
            deal.UpdatedAt = time.GetUtcNow();
        }
        else if (field.StartsWith(AuditActions.HardwarePrefix, StringComparison.Ordinal))
        {
            var deal = await LoadDealAsync(db, row, cancellationToken);
            var hardwareId = LinkId(field);
            deal.Hardware.RemoveAll(h => h.HardwareId == hardwareId);
            if (row.OldValue is not null)
            {
                var quantity = row.OldValue == AuditActions.Unspecified ? (long?)null : long.Parse(row.OldValue, CultureInfo.InvariantCulture);
                deal.Hardware.Add(new DealHardware { HardwareId = hardwareId, Quantity = quantity });
            }

            deal.MarkHardwareCorrected();
            deal.UpdatedAt = time.GetUtcNow();
        }
        else if (field.StartsWith(AuditActions.ModelPrefix, StringComparison.Ordinal))
        {
            var deal = await LoadDealAsync(db, row, cancellationToken);
            var modelId = LinkId(field);
            deal.Models.RemoveAll(m => m.AiModelId == modelId);
            if (row.OldValue is not null)
            {
                deal.Models.Add(new DealModel { AiModelId = modelId });
            }

            deal.MarkModelsCorrected();
            deal.UpdatedAt = time.GetUtcNow();
        }
        else if (field.StartsWith(AuditActions.EvidencePrefix, StringComparison.Ordinal) && row.OldValue is null)
        {
            var evidence = await db.Evidence.FindAsync([LinkId(field)], cancellationToken) ?? throw Gone(row);
            db.Evidence.Remove(evidence);
        }
        else if (field == AuditActions.AliasField)
        {
            await UndoAliasAsync(db, row, cancellationToken);
        }
        else if (row.Action == AuditActions.Modified && !field.Contains(':', StringComparison.Ordinal))
        {
            await UndoFieldAsync(db, row, field, cancellationToken);
        }
        else
        {
            throw new RevertRefusedException("This change cannot be reverted here.");
        }
    }

    private static async Task UndoFieldAsync(DealTrackerDbContext db, AuditEntry row, string field, CancellationToken cancellationToken)
    {
        var type = db.Model.GetEntityTypes().FirstOrDefault(t => t.ClrType.Name == row.EntityType)?.ClrType
            ?? throw new RevertRefusedException($"Unknown record type {row.EntityType}.");
        var entity = await db.FindAsync(type, [row.EntityId], cancellationToken);
        if (entity is null && row.EntityType is nameof(Evidence) or nameof(DealClaim))
        {
            // Machine evidence is recreated by every extraction run; the next run attaches it where it now belongs.
            return;
        }

        if (entity is null)
        {
            throw Gone(row);
        }

        var property = db.Entry(entity).Property(field);
        var current = AuditValues.Format(property.CurrentValue);
        if (current != row.NewValue && !Derived.Contains(field))
        {
            throw new RevertRefusedException(
                $"{row.EntityType} {row.EntityId}: {field} changed again since (it is now {current ?? "empty"}); revert the later change first.");
        }

        property.CurrentValue = AuditValues.Parse(row.OldValue, property.Metadata.ClrType);
        switch (entity)
        {
            case Deal deal:
                deal.HumanOwned |= field switch
                {
                    nameof(Deal.Type) => DealFields.Type,
                    nameof(Deal.Status) => DealFields.Status,
                    nameof(Deal.AmountUsd) or nameof(Deal.Amount) or nameof(Deal.Currency) or nameof(Deal.AmountQualifier) => DealFields.Amount,
                    nameof(Deal.Date) or nameof(Deal.DatePrecision) => DealFields.Date,
                    _ => DealFields.None,
                };
                break;
            case Company company:
                company.HumanOwned |= field switch
                {
                    nameof(Company.Name) => CompanyFields.Name,
                    nameof(Company.Kind) => CompanyFields.Kind,
                    _ => CompanyFields.None,
                };
                break;
            case AiModel model:
                model.HumanOwned = true;
                break;
            case Hardware hardware:
                hardware.HumanOwned = true;
                break;
        }
    }

    private static async Task UndoAliasAsync(DealTrackerDbContext db, AuditEntry row, CancellationToken cancellationToken)
    {
        var added = row.NewValue;
        var removed = row.OldValue;
        if (added is not null)
        {
            var alias = await db.CompanyAliases.FirstOrDefaultAsync(a => a.Alias == added && a.CompanyId == row.EntityId, cancellationToken);
            if (alias is not null && removed is not null)
            {
                alias.Alias = removed;
            }
            else if (alias is not null)
            {
                db.CompanyAliases.Remove(alias);
            }
        }
        else if (removed is not null)
        {
            var alias = await db.CompanyAliases.FirstOrDefaultAsync(a => a.Alias == removed, cancellationToken);
            if (alias is null)
            {
                db.CompanyAliases.Add(new CompanyAlias { CompanyId = row.EntityId, Alias = removed, AddedByEditor = true });
            }
            else
            {
                alias.CompanyId = row.EntityId;
            }
        }
    }

    private static async Task<Deal> LoadDealAsync(DealTrackerDbContext db, AuditEntry row, CancellationToken cancellationToken) =>
        await DealEditor.WithLinks(db).FirstOrDefaultAsync(d => d.Id == row.EntityId, cancellationToken) ?? throw Gone(row);

    private static int LinkId(string field) => int.Parse(field[(field.IndexOf(':', StringComparison.Ordinal) + 1)..], CultureInfo.InvariantCulture);

    private static RevertRefusedException Gone(AuditEntry row) => new($"{row.EntityType} {row.EntityId} no longer exists.");
}
