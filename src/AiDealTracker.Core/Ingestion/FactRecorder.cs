using System.Globalization;
using AiDealTracker.Core.Data;
using AiDealTracker.Core.Domain;
using AiDealTracker.Core.Extraction;
using Microsoft.EntityFrameworkCore;

namespace AiDealTracker.Core.Ingestion;

/// <summary>
/// Turns one article's extraction into stored facts. Human work wins: fields an editor owns are never
/// written, rejected deals are never brought back, and evidence is re-attached to the deals it supports.
/// </summary>
internal sealed class FactRecorder(DealTrackerDbContext db, DateTimeOffset now)
{
    private readonly Dictionary<string, Company> _companies = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, AiModel> _models = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Hardware> _hardware = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<Deal> _matchedInThisArticle = [];
    private HashSet<int> _previouslySupported = [];

    /// <summary>
    /// Removes what earlier extraction runs recorded from this article, keeping everything editors added. Remembers
    /// which deals the article supported, so that the same deal is found again even after an editor corrected it.
    /// </summary>
    public async Task ForgetMachineFactsAsync(Article article, CancellationToken cancellationToken)
    {
        _previouslySupported = (await db.DealClaims.Where(c => c.ArticleId == article.Id).Select(c => c.DealId).ToListAsync(cancellationToken)).ToHashSet();
        await ReanchorEditorEvidenceAsync(article, cancellationToken);
        await db.Mentions.Where(m => m.ArticleId == article.Id).ExecuteDeleteAsync(cancellationToken);
        await db.Evidence.Where(e => e.ArticleId == article.Id && !e.AddedByEditor && e.DealId != null).ExecuteDeleteAsync(cancellationToken);
        await db.DealClaims.Where(c => c.ArticleId == article.Id).ExecuteDeleteAsync(cancellationToken);
        await db.ComputeFacts.Where(c => c.ArticleId == article.Id && c.ReviewState == ReviewState.Pending).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>An updated article moves sentences around: evidence editors picked follows its sentence when it is still there.</summary>
    private async Task ReanchorEditorEvidenceAsync(Article article, CancellationToken cancellationToken)
    {
        var editorEvidence = await db.Evidence.Where(e => e.ArticleId == article.Id && e.AddedByEditor).ToListAsync(cancellationToken);
        foreach (var evidence in editorEvidence)
        {
            var fits = evidence.End <= article.Text.Length
                && string.CompareOrdinal(article.Text, evidence.Start, evidence.SentenceText, 0, evidence.SentenceText.Length) == 0;
            var found = fits ? evidence.Start : article.Text.IndexOf(evidence.SentenceText, StringComparison.Ordinal);
            if (found >= 0 && found != evidence.Start)
            {
                evidence.Start = found;
                evidence.End = found + evidence.SentenceText.Length;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Records the facts; returns how many (companies, models, hardware, deals and compute facts) the article gave.</summary>
    public async Task<int> RecordAsync(Article article, ExtractedDocument document, CancellationToken cancellationToken)
    {
        var facts = 0;
        foreach (var company in document.Companies)
        {
            // "Arista Networks" as the article writes it is the dictionary's "Arista" here, also for the deals that name it.
            var entity = await ResolveCompanyAsync(company.DictionaryName ?? company.Name, company.Kind, company.IsNew, cancellationToken);
            _companies.TryAdd(company.Name, entity);
            AddMentions(article, MentionKind.Company, entity.Name, company.Mentions);
            facts++;
        }

        foreach (var model in document.Models)
        {
            var entity = await ResolveModelAsync(model.Name, model.Family, model.Developer, cancellationToken);
            AddMentions(article, MentionKind.Model, entity.Name, model.Mentions);
            facts++;
        }

        foreach (var hardware in document.Hardware)
        {
            var entity = await ResolveHardwareAsync(hardware.Name, hardware.Vendor, hardware.Kind, cancellationToken);
            AddMentions(article, MentionKind.Hardware, entity.Name, hardware.Mentions);
            facts++;
        }

        foreach (var amount in document.Amounts)
        {
            var value = (amount.Usd ?? amount.Value).ToString(CultureInfo.InvariantCulture);
            AddMentions(article, MentionKind.Amount, value, [amount.Span]);
        }

        foreach (var date in document.Dates)
        {
            AddMentions(article, MentionKind.Date, date.Value.ToIsoString(), [date.Span]);
        }

        foreach (var extracted in document.Deals)
        {
            if (await RecordDealAsync(article, extracted, cancellationToken))
            {
                facts++;
            }
        }

        foreach (var compute in document.Compute)
        {
            if (await RecordComputeAsync(article, compute, cancellationToken))
            {
                facts++;
            }
        }

        return facts;
    }

    /// <summary>Deals only extraction ever vouched for, and that no article supports any more, are dropped.</summary>
    public async Task DropOrphanDealsAsync(CancellationToken cancellationToken)
    {
        await db.Deals
            .Where(d => d.ReviewState == ReviewState.Pending && d.HumanOwned == DealFields.None && d.MergedIntoId == null)
            .Where(d => !db.DealClaims.Any(c => c.DealId == d.Id) && !db.Evidence.Any(e => e.DealId == d.Id))
            .ExecuteDeleteAsync(cancellationToken);
    }

    private static void AddMentions(Article article, MentionKind kind, string value, IEnumerable<TextSpan> spans)
    {
        foreach (var span in spans)
        {
            if (span.Start >= 0 && span.End <= article.Text.Length && span.End > span.Start)
            {
                article.Mentions.Add(new Mention { Kind = kind, Start = span.Start, End = span.End, Value = Truncate(value, 300) });
            }
        }
    }

    private async Task<Company> ResolveCompanyAsync(string name, CompanyKind kind, bool isNew, CancellationToken cancellationToken)
    {
        name = Truncate(name.Trim(), 200);
        if (_companies.TryGetValue(name, out var cached))
        {
            return cached;
        }

        var company = await db.Companies.FirstOrDefaultAsync(c => c.Name == name, cancellationToken)
            ?? await db.CompanyAliases.Where(a => a.Alias == name)
                .Join(db.Companies, a => a.CompanyId, c => c.Id, (_, c) => c)
                .FirstOrDefaultAsync(cancellationToken);

        // An editor merged this company into another: facts go to the survivor.
        for (var hops = 0; company?.MergedIntoId is { } target && hops < 10; hops++)
        {
            company = await db.Companies.FindAsync([target], cancellationToken);
        }

        if (company is null)
        {
            company = new Company { Name = name, Kind = kind, IsNew = isNew, ReviewState = ReviewState.Pending };
            db.Companies.Add(company);
        }
        else if (company.Kind == CompanyKind.Unknown && kind != CompanyKind.Unknown && (company.HumanOwned & CompanyFields.Kind) == 0)
        {
            company.Kind = kind;
        }

        _companies[name] = company;
        return company;
    }

    private async Task<AiModel> ResolveModelAsync(string name, string? family, string? developer, CancellationToken cancellationToken)
    {
        name = Truncate(name.Trim(), 200);
        if (_models.TryGetValue(name, out var cached))
        {
            return cached;
        }

        var model = await db.AiModels.FirstOrDefaultAsync(m => m.Name == name, cancellationToken);
        if (model is null)
        {
            model = new AiModel { Name = name, Family = family, ReviewState = ReviewState.Pending };
            if (developer is not null)
            {
                model.Developer = await ResolveCompanyAsync(developer, CompanyKind.Unknown, isNew: false, cancellationToken);
            }

            db.AiModels.Add(model);
        }

        _models[name] = model;
        return model;
    }

    private async Task<Hardware> ResolveHardwareAsync(string name, string? vendor, HardwareKind kind, CancellationToken cancellationToken)
    {
        name = Truncate(name.Trim(), 200);
        if (_hardware.TryGetValue(name, out var cached))
        {
            return cached;
        }

        var hardware = await db.Hardware.FirstOrDefaultAsync(h => h.Name == name, cancellationToken);
        if (hardware is null)
        {
            hardware = new Hardware { Name = name, Vendor = vendor, Kind = kind, ReviewState = ReviewState.Pending };
            db.Hardware.Add(hardware);
        }

        _hardware[name] = hardware;
        return hardware;
    }

    private async Task<bool> RecordDealAsync(Article article, ExtractedDeal extracted, CancellationToken cancellationToken)
    {
        var parties = new List<(Company Company, DealRole Role)>();
        foreach (var party in extracted.Parties)
        {
            var company = await ResolveCompanyAsync(party.Name, CompanyKind.Unknown, isNew: false, cancellationToken);
            if (parties.All(p => p.Company != company))
            {
                parties.Add((company, party.Role));
            }
        }

        if (parties.Count < 2)
        {
            return false;
        }

        // New companies have no id yet; saving here gives every party a stable id for the fingerprint.
        await db.SaveChangesAsync(cancellationToken);
        var fingerprint = DealFingerprint.Of(extracted.Type, parties.Select(p => p.Company.Id));
        var matched = await FindMatchingDealAsync(fingerprint, extracted, cancellationToken);
        if (matched?.ReviewState == ReviewState.Rejected)
        {
            // The claim alone keeps the link, so the next run recognises the rejected deal again; nothing else is written.
            _matchedInThisArticle.Add(matched);
            matched.Claims.Add(NewClaim(article, extracted));
            return false;
        }

        // An editor merged the matched deal into another: the claim stays with it (so a split can give it back),
        // the evidence and the values go to the survivor.
        var deal = matched is null ? null : await SurvivorAsync(matched, cancellationToken);

        if (deal is null)
        {
            deal = new Deal
            {
                Type = extracted.Type,
                Status = extracted.Status,
                Fingerprint = fingerprint,
                Confidence = extracted.Confidence,
                ReviewState = ReviewState.Pending,
                CreatedAt = now,
            };
            db.Deals.Add(deal);
        }

        _matchedInThisArticle.Add(deal);
        (matched ?? deal).Claims.Add(NewClaim(article, extracted));
        if (matched is not null)
        {
            _matchedInThisArticle.Add(matched);
        }

        foreach (var evidence in extracted.Evidence)
        {
            deal.Evidence.Add(new Evidence { ArticleId = article.Id, SentenceText = evidence.Text, Start = evidence.Start, End = evidence.End });
        }

        await ApplyMachineFieldsAsync(deal, extracted, parties, article, cancellationToken);
        deal.UpdatedAt = now;
        return true;
    }

    private static DealClaim NewClaim(Article article, ExtractedDeal extracted) => new()
    {
        ArticleId = article.Id,
        Type = extracted.Type,
        Status = extracted.Status,
        AmountUsd = extracted.AmountUsd,
        Date = extracted.Date?.Start,
        DatePrecision = extracted.Date?.Precision,
        Confidence = extracted.Confidence,
    };

    private async Task<Deal?> FindMatchingDealAsync(string fingerprint, ExtractedDeal extracted, CancellationToken cancellationToken)
    {
        var candidates = await db.Deals
            .Include(d => d.Parties)
            .Include(d => d.Claims)
            .Include(d => d.Hardware)
            .Include(d => d.Models)
            .Where(d => d.Fingerprint == fingerprint)
            .ToListAsync(cancellationToken);
        candidates.AddRange(db.Deals.Local.Where(d => d.Id == 0 && d.Fingerprint == fingerprint));

        Deal? best = null;
        var bestScore = -1;
        foreach (var candidate in candidates.Distinct())
        {
            if (_matchedInThisArticle.Contains(candidate))
            {
                continue;
            }

            // The deal this very article supported last time stays its deal, whatever editors corrected since.
            var score = _previouslySupported.Contains(candidate.Id) ? 100 : DealFingerprint.Compatibility(candidate, extracted);
            if (score > bestScore)
            {
                best = candidate;
                bestScore = score;
            }
        }

        return best is null || bestScore < 0 ? null : best;
    }

    private async Task<Deal> SurvivorAsync(Deal deal, CancellationToken cancellationToken)
    {
        for (var hops = 0; deal.MergedIntoId is { } target && hops < 10; hops++)
        {
            deal = await db.Deals.Include(d => d.Parties).Include(d => d.Claims).Include(d => d.Hardware).Include(d => d.Models)
                .FirstAsync(d => d.Id == target, cancellationToken);
        }

        return deal;
    }

    private async Task ApplyMachineFieldsAsync(
        Deal deal, ExtractedDeal extracted, List<(Company Company, DealRole Role)> parties, Article article, CancellationToken cancellationToken)
    {
        var isNewestSource = deal.Claims.Count <= 1 || deal.Claims.All(c => c.ArticleId == article.Id || c.Confidence <= extracted.Confidence);
        if (!deal.IsOwnedByHuman(DealFields.Status) && (isNewestSource || deal.Claims.Count == 1))
        {
            deal.Status = extracted.Status;
        }

        if (!deal.IsOwnedByHuman(DealFields.Amount) && extracted.AmountUsd is not null && (deal.AmountUsd is null || isNewestSource))
        {
            deal.AmountUsd = extracted.AmountUsd;
            deal.Amount = extracted.Amount ?? extracted.AmountUsd;
            deal.Currency = extracted.Currency ?? "USD";
            deal.AmountQualifier = extracted.Qualifier;
        }

        if (!deal.IsOwnedByHuman(DealFields.Date) && extracted.Date is { } date && (deal.Date is null || isNewestSource))
        {
            deal.Date = date.Start;
            deal.DatePrecision = date.Precision;
        }

        deal.Confidence = Math.Max(deal.Confidence, extracted.Confidence);

        if (!deal.IsOwnedByHuman(DealFields.Parties))
        {
            foreach (var (company, role) in parties)
            {
                var existing = deal.Parties.FirstOrDefault(p => p.CompanyId == company.Id && company.Id != 0);
                if (existing is null)
                {
                    deal.Parties.Add(new DealParty { Company = company, CompanyId = company.Id, Role = role });
                }
                else
                {
                    existing.Role = role;
                }
            }
        }

        if (!deal.IsOwnedByHuman(DealFields.Hardware))
        {
            foreach (var item in extracted.Hardware)
            {
                var hardware = await ResolveHardwareAsync(item.Name, null, HardwareKind.Gpu, cancellationToken);
                var existing = deal.Hardware.FirstOrDefault(h => h.Hardware == hardware || (hardware.Id != 0 && h.HardwareId == hardware.Id));
                if (existing is null)
                {
                    deal.Hardware.Add(new DealHardware { Hardware = hardware, Quantity = item.Quantity });
                }
                else if (item.Quantity is not null)
                {
                    existing.Quantity = item.Quantity;
                }
            }
        }

        if (!deal.IsOwnedByHuman(DealFields.Models))
        {
            foreach (var name in extracted.Models)
            {
                var model = await ResolveModelAsync(name, null, null, cancellationToken);
                if (!deal.Models.Any(m => m.AiModel == model || (model.Id != 0 && m.AiModelId == model.Id)))
                {
                    deal.Models.Add(new DealModel { AiModel = model });
                }
            }
        }

        deal.Summary = DealSummary.Describe(deal.Type, deal.Parties.Select(p => (p.Company?.Name ?? "?", p.Role)).ToList());
    }

    private async Task<bool> RecordComputeAsync(Article article, ExtractedCompute compute, CancellationToken cancellationToken)
    {
        var company = compute.Organization is null ? null : await ResolveCompanyAsync(compute.Organization, CompanyKind.Unknown, false, cancellationToken);
        var model = compute.Model is null ? null : await ResolveModelAsync(compute.Model, null, null, cancellationToken);
        var hardware = compute.Hardware is null ? null : await ResolveHardwareAsync(compute.Hardware, null, HardwareKind.Gpu, cancellationToken);
        if (company is null && model is null && hardware is null)
        {
            return false;
        }

        await db.SaveChangesAsync(cancellationToken);
        int? companyId = company?.Id, modelId = model?.Id, hardwareId = hardware?.Id;
        var kept = await db.ComputeFacts.AnyAsync(
            c => c.ArticleId == article.Id && c.CompanyId == companyId && c.AiModelId == modelId && c.HardwareId == hardwareId,
            cancellationToken);
        if (kept)
        {
            return false;
        }

        var fact = new ComputeFact
        {
            ArticleId = article.Id,
            Company = company,
            AiModel = model,
            Hardware = hardware,
            Quantity = compute.Quantity,
            ReviewState = ReviewState.Pending,
        };
        fact.Evidence.Add(new Evidence
        {
            ArticleId = article.Id,
            SentenceText = compute.Evidence.Text,
            Start = compute.Evidence.Start,
            End = compute.Evidence.End,
        });
        db.ComputeFacts.Add(fact);
        return true;
    }

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];
}
