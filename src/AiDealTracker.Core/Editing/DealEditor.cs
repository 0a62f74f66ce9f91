using System.Security.Claims;
using AiDealTracker.Core.Data;
using AiDealTracker.Core.Domain;
using AiDealTracker.Core.Ingestion;
using Microsoft.EntityFrameworkCore;

namespace AiDealTracker.Core.Editing;

/// <summary>Corrects, accepts, rejects and adds deals. Each correction marks its field human-owned, so ingestion leaves it alone.</summary>
public sealed class DealEditor(EditorSession session, TimeProvider time)
{
    public async Task<DealEditForm?> LoadAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await session.ReadAsync(cancellationToken);
        var deal = await WithLinks(db).AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        return deal is null ? null : DealEditForm.From(deal);
    }

    public Task<EditResult<DealEditForm>> SaveAsync(ClaimsPrincipal user, DealEditForm form, CancellationToken cancellationToken = default) =>
        session.RunAsync(user, "Correct deal", async db =>
        {
            var deal = await WithLinks(db).FirstOrDefaultAsync(d => d.Id == form.Id, cancellationToken);
            if (deal is null)
            {
                return EditResult.NotFound<DealEditForm>();
            }

            if (deal.Version != form.Version)
            {
                return EditResult.Conflict<DealEditForm>(DealEditForm.From(deal));
            }

            if (Validate(form) is { } error)
            {
                return EditResult.Invalid<DealEditForm>(error);
            }

            db.Entry(deal).Property(d => d.Version).OriginalValue = form.Version;
            await ApplyAsync(db, deal, form, cancellationToken);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                return EditResult.Conflict<DealEditForm>(await CurrentAsync(form.Id, cancellationToken));
            }

            return EditResult.Saved<DealEditForm>(deal.Id);
        }, cancellationToken);

    public Task<EditResult<DealEditForm>> AcceptAsync(ClaimsPrincipal user, int id, CancellationToken cancellationToken = default) =>
        ReviewAsync(user, id, "Accept deal", deal => deal.Accept(), cancellationToken);

    public Task<EditResult<DealEditForm>> RejectAsync(ClaimsPrincipal user, int id, CancellationToken cancellationToken = default) =>
        ReviewAsync(user, id, "Reject deal", deal => deal.Reject(), cancellationToken);

    /// <summary>Adds a deal extraction missed, supported by a sentence an editor picked.</summary>
    public Task<EditResult<DealEditForm>> CreateAsync(ClaimsPrincipal user, DealEditForm form, CancellationToken cancellationToken = default) =>
        session.RunAsync(user, "Add deal", async db =>
        {
            if (Validate(form) is { } error)
            {
                return EditResult.Invalid<DealEditForm>(error);
            }

            var article = await db.Articles.FirstOrDefaultAsync(a => a.Id == form.EvidenceArticleId, cancellationToken);
            var sentence = article is null ? null : Sentences.Split(article.Text).FirstOrDefault(s => s.Start == form.EvidenceStart);
            if (article is null || sentence is null)
            {
                return EditResult.Invalid<DealEditForm>("Pick the article and the sentence that support this deal.");
            }

            var partyIds = form.Parties.Where(p => p.CompanyId > 0).Select(p => p.CompanyId).ToList();
            var deal = new Deal
            {
                Type = form.Type,
                Status = form.Status,
                Confidence = 1,
                Fingerprint = DealFingerprint.Of(form.Type, partyIds),
                CreatedAt = time.GetUtcNow(),
                ReviewState = ReviewState.Corrected,
            };
            db.Deals.Add(deal);
            await ApplyAsync(db, deal, form, cancellationToken);
            deal.HumanOwned = DealFields.Type | DealFields.Status | DealFields.Amount | DealFields.Date | DealFields.Parties | DealFields.Hardware | DealFields.Models;
            deal.Evidence.Add(new Evidence
            {
                ArticleId = article.Id, SentenceText = sentence.Text, Start = sentence.Start, End = sentence.End, AddedByEditor = true,
            });
            await db.SaveChangesAsync(cancellationToken);
            return EditResult.Saved<DealEditForm>(deal.Id);
        }, cancellationToken);

    internal static IQueryable<Deal> WithLinks(DealTrackerDbContext db) =>
        db.Deals.Include(d => d.Parties).ThenInclude(p => p.Company).Include(d => d.Hardware).Include(d => d.Models);

    private Task<EditResult<DealEditForm>> ReviewAsync(
        ClaimsPrincipal user, int id, string operation, Action<Deal> review, CancellationToken cancellationToken) =>
        session.RunAsync(user, operation, async db =>
        {
            var deal = await db.Deals.FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
            if (deal is null)
            {
                return EditResult.NotFound<DealEditForm>();
            }

            review(deal);
            deal.UpdatedAt = time.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken);
            return EditResult.Saved<DealEditForm>(deal.Id);
        }, cancellationToken);

    private async Task<DealEditForm?> CurrentAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = await session.ReadAsync(cancellationToken);
        var deal = await WithLinks(db).AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        return deal is null ? null : DealEditForm.From(deal);
    }

    private static string? Validate(DealEditForm form)
    {
        var context = new System.ComponentModel.DataAnnotations.ValidationContext(form);
        return form.Validate(context).Where(r => form.Id != 0 || r.MemberNames.All(m => m != nameof(DealEditForm.EvidenceStart)))
            .Select(r => r.ErrorMessage).FirstOrDefault();
    }

    private async Task ApplyAsync(DealTrackerDbContext db, Deal deal, DealEditForm form, CancellationToken cancellationToken)
    {
        if (deal.Type != form.Type)
        {
            deal.CorrectType(form.Type);
        }

        if (deal.Status != form.Status)
        {
            deal.CorrectStatus(form.Status);
        }

        if (deal.AmountUsd != form.AmountUsd || (form.AmountUsd is not null && deal.AmountQualifier != form.AmountQualifier))
        {
            deal.CorrectAmount(form.AmountUsd, form.AmountQualifier);
        }

        if (deal.PartialDate != form.ParsedDate)
        {
            deal.CorrectDate(form.ParsedDate);
        }

        var wantedParties = form.Parties.Where(p => p.CompanyId > 0).ToDictionary(p => p.CompanyId, p => p.Role);
        if (!SameSet(deal.Parties.Select(p => (p.CompanyId, p.Role)), wantedParties.Select(p => (p.Key, p.Value))))
        {
            deal.Parties.RemoveAll(p => !wantedParties.ContainsKey(p.CompanyId));
            foreach (var (companyId, role) in wantedParties)
            {
                if (deal.Parties.FirstOrDefault(p => p.CompanyId == companyId) is { } existing)
                {
                    existing.Role = role;
                }
                else
                {
                    deal.Parties.Add(new DealParty
                    {
                        CompanyId = companyId, Role = role, Company = await db.Companies.FindAsync([companyId], cancellationToken),
                    });
                }
            }

            deal.MarkPartiesCorrected();
        }

        var wantedHardware = form.Hardware.Where(h => h.HardwareId > 0).GroupBy(h => h.HardwareId).ToDictionary(g => g.Key, g => g.First().Quantity);
        if (!SameSet(deal.Hardware.Select(h => (h.HardwareId, h.Quantity)), wantedHardware.Select(h => (h.Key, h.Value))))
        {
            deal.Hardware.RemoveAll(h => !wantedHardware.ContainsKey(h.HardwareId));
            foreach (var (hardwareId, quantity) in wantedHardware)
            {
                if (deal.Hardware.FirstOrDefault(h => h.HardwareId == hardwareId) is { } existing)
                {
                    existing.Quantity = quantity;
                }
                else
                {
                    deal.Hardware.Add(new DealHardware { HardwareId = hardwareId, Quantity = quantity });
                }
            }

            deal.MarkHardwareCorrected();
        }

        var wantedModels = form.ModelIds.Where(id => id > 0).ToHashSet();
        if (!wantedModels.SetEquals(deal.Models.Select(m => m.AiModelId)))
        {
            deal.Models.RemoveAll(m => !wantedModels.Contains(m.AiModelId));
            foreach (var modelId in wantedModels.Where(id => deal.Models.All(m => m.AiModelId != id)))
            {
                deal.Models.Add(new DealModel { AiModelId = modelId });
            }

            deal.MarkModelsCorrected();
        }

        deal.Summary = DealSummary.Describe(deal.Type, deal.Parties.Select(p => (p.Company?.Name ?? "?", p.Role)).ToList());
        deal.UpdatedAt = time.GetUtcNow();
    }

    private static bool SameSet<T>(IEnumerable<T> a, IEnumerable<T> b) => a.ToHashSet().SetEquals(b);
}
