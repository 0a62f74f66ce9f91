using System.Runtime.CompilerServices;
using AiDealTracker.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AiDealTracker.Core.Data.Interceptors;

/// <summary>
/// Bumps the concurrency version of every changed deal and company, and, while an editor is at work
/// (<see cref="IAuditUser.Current"/>), writes one audit row per changed field with its old and new value.
/// Machine ingestion runs without a scope and is not audited field by field.
/// </summary>
public sealed class AuditInterceptor(TimeProvider time, IAuditUser auditUser) : SaveChangesInterceptor
{
    private static readonly HashSet<string> Unaudited =
        ["Id", "Version", "UpdatedAt", "CreatedAt", "HumanOwned", "Confidence"];

    private readonly ConditionalWeakTable<DbContext, List<Func<AuditEntry?>>> _pending = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Prepare(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Prepare(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (TakeRows(eventData.Context) is { Count: > 0 } rows)
        {
            eventData.Context!.Set<AuditEntry>().AddRange(rows);
            eventData.Context.SaveChanges();
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (TakeRows(eventData.Context) is { Count: > 0 } rows)
        {
            eventData.Context!.Set<AuditEntry>().AddRange(rows);
            await eventData.Context.SaveChangesAsync(cancellationToken);
        }

        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (eventData.Context is { } context)
        {
            _pending.Remove(context);
        }
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        SaveChangesFailed(eventData);
        return Task.CompletedTask;
    }

    private void Prepare(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        context.ChangeTracker.DetectChanges();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State == EntityState.Modified && entry.Entity is Deal or Company)
            {
                var version = entry.Property(nameof(Deal.Version));
                version.CurrentValue = (int)version.OriginalValue! + 1;
            }
        }

        if (auditUser.Current is not { } scope)
        {
            return;
        }

        var rows = _pending.GetOrCreateValue(context);
        foreach (var entry in context.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            Collect(entry, rows);
        }

        // Rows are built after the save, when new entities have their ids.
        for (var i = 0; i < rows.Count; i++)
        {
            var build = rows[i];
            rows[i] = () => build() is { } row ? Stamp(row, scope) : null;
        }
    }

    private AuditEntry Stamp(AuditEntry row, AuditScope scope)
    {
        row.At = time.GetUtcNow();
        row.User = scope.User;
        row.Operation = scope.Operation;
        row.ChangeId = scope.ChangeId;
        return row;
    }

    private List<AuditEntry>? TakeRows(DbContext? context)
    {
        if (context is null || !_pending.TryGetValue(context, out var builders))
        {
            return null;
        }

        _pending.Remove(context);
        return builders.Select(b => b()).OfType<AuditEntry>().ToList();
    }

    private static void Collect(EntityEntry entry, List<Func<AuditEntry?>> rows)
    {
        switch (entry.Entity)
        {
            case Deal or Company or AiModel or Hardware or ComputeFact:
                CollectRecord(entry, rows);
                break;
            case DealParty party:
                CollectLink(entry, rows, "Deal", () => party.DealId, "Party:", () => party.CompanyId, nameof(DealParty.Role));
                break;
            case DealHardware hardware:
                CollectLink(entry, rows, "Deal", () => hardware.DealId, "Hardware:", () => hardware.HardwareId, nameof(DealHardware.Quantity));
                break;
            case DealModel model:
                CollectLink(entry, rows, "Deal", () => model.DealId, "Model:", () => model.AiModelId, null);
                break;
            case CompanyAlias alias:
                CollectAlias(entry, alias, rows);
                break;
            case Evidence evidence:
                CollectEvidence(entry, evidence, rows);
                break;
            case DealClaim when entry.State == EntityState.Modified:
                CollectRecord(entry, rows);
                break;
        }
    }

    private static void CollectRecord(EntityEntry entry, List<Func<AuditEntry?>> rows)
    {
        var type = entry.Metadata.ClrType.Name;
        var entity = entry.Entity;
        int Id() => (int)entry.Property("Id").CurrentValue!;
        switch (entry.State)
        {
            case EntityState.Added:
                rows.Add(() => new AuditEntry { EntityType = type, EntityId = Id(), Action = AuditActions.Created, NewValue = Describe(entity) });
                break;
            case EntityState.Deleted:
                var id = Id();
                rows.Add(() => new AuditEntry { EntityType = type, EntityId = id, Action = AuditActions.Deleted, OldValue = Describe(entity) });
                break;
            default:
                foreach (var property in entry.Properties.Where(p => p.IsModified && !Unaudited.Contains(p.Metadata.Name)))
                {
                    var (field, oldValue, newValue) = (property.Metadata.Name, AuditValues.Format(property.OriginalValue), AuditValues.Format(property.CurrentValue));
                    if (oldValue != newValue)
                    {
                        rows.Add(() => new AuditEntry
                        {
                            EntityType = type, EntityId = Id(), Action = AuditActions.Modified, Field = field, OldValue = oldValue, NewValue = newValue,
                        });
                    }
                }

                break;
        }
    }

    private static void CollectLink(
        EntityEntry entry, List<Func<AuditEntry?>> rows, string ownerType, Func<int> ownerId, string prefix, Func<int> targetId, string? valueProperty)
    {
        string Value(object? value) => valueProperty is null ? "linked" : AuditValues.Format(value) ?? AuditActions.Unspecified;
        switch (entry.State)
        {
            case EntityState.Added:
                var added = valueProperty is null ? null : entry.Property(valueProperty).CurrentValue;
                rows.Add(() => new AuditEntry
                {
                    EntityType = ownerType, EntityId = ownerId(), Action = AuditActions.Added, Field = prefix + targetId(), NewValue = Value(added),
                });
                break;
            case EntityState.Deleted:
                var (owner, target) = (ownerId(), targetId());
                var removed = valueProperty is null ? null : entry.Property(valueProperty).OriginalValue;
                rows.Add(() => new AuditEntry
                {
                    EntityType = ownerType, EntityId = owner, Action = AuditActions.Removed, Field = prefix + target, OldValue = Value(removed),
                });
                break;
            case EntityState.Modified when valueProperty is not null && entry.Property(valueProperty).IsModified:
                var (before, after) = (Value(entry.Property(valueProperty).OriginalValue), Value(entry.Property(valueProperty).CurrentValue));
                if (before != after)
                {
                    rows.Add(() => new AuditEntry
                    {
                        EntityType = ownerType, EntityId = ownerId(), Action = AuditActions.Modified, Field = prefix + targetId(), OldValue = before, NewValue = after,
                    });
                }

                break;
        }
    }

    private static void CollectAlias(EntityEntry entry, CompanyAlias alias, List<Func<AuditEntry?>> rows)
    {
        AuditEntry Row(int companyId, string action, string? oldValue, string? newValue) => new()
        {
            EntityType = nameof(Company), EntityId = companyId, Action = action, Field = AuditActions.AliasField, OldValue = oldValue, NewValue = newValue,
        };

        var originalCompany = (int)entry.Property(nameof(CompanyAlias.CompanyId)).OriginalValue!;
        var originalAlias = (string?)entry.Property(nameof(CompanyAlias.Alias)).OriginalValue;
        switch (entry.State)
        {
            case EntityState.Added:
                rows.Add(() => Row(alias.CompanyId, AuditActions.Added, null, alias.Alias));
                break;
            case EntityState.Deleted:
                rows.Add(() => Row(originalCompany, AuditActions.Removed, originalAlias, null));
                break;
            case EntityState.Modified when originalCompany != alias.CompanyId:
                rows.Add(() => Row(originalCompany, AuditActions.Removed, originalAlias, null));
                rows.Add(() => Row(alias.CompanyId, AuditActions.Added, null, alias.Alias));
                break;
            case EntityState.Modified when originalAlias != alias.Alias:
                rows.Add(() => Row(alias.CompanyId, AuditActions.Modified, originalAlias, alias.Alias));
                break;
        }
    }

    private static void CollectEvidence(EntityEntry entry, Evidence evidence, List<Func<AuditEntry?>> rows)
    {
        if (entry.State == EntityState.Added && evidence.AddedByEditor)
        {
            rows.Add(() => evidence.DealId is { } dealId
                ? new AuditEntry
                {
                    EntityType = nameof(Deal), EntityId = dealId, Action = AuditActions.Added,
                    Field = AuditActions.EvidencePrefix + evidence.Id, NewValue = evidence.SentenceText,
                }
                : null);
        }
        else if (entry.State == EntityState.Deleted && evidence.AddedByEditor && evidence.DealId is { } dealId)
        {
            var id = evidence.Id;
            rows.Add(() => new AuditEntry
            {
                EntityType = nameof(Deal), EntityId = dealId, Action = AuditActions.Removed, Field = AuditActions.EvidencePrefix + id, OldValue = evidence.SentenceText,
            });
        }
        else if (entry.State == EntityState.Modified)
        {
            CollectRecord(entry, rows);
        }
    }

    private static string? Describe(object entity) => entity switch
    {
        Deal d => d.Summary,
        Company c => c.Name,
        AiModel m => m.Name,
        Hardware h => h.Name,
        _ => null,
    };
}
