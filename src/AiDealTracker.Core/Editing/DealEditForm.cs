using System.ComponentModel.DataAnnotations;
using AiDealTracker.Core.Domain;

namespace AiDealTracker.Core.Editing;

/// <summary>Every field of a deal an editor can set. Also the form for a deal extraction missed (with its evidence).</summary>
public sealed class DealEditForm : IValidatableObject
{
    public int Id { get; set; }

    public int Version { get; set; }

    public DealType Type { get; set; }

    public DealStatus Status { get; set; }

    /// <summary>"10B", "2.5 bn", "300M"; empty when no amount is known.</summary>
    [StringLength(40)]
    public string? Amount { get; set; }

    public AmountQualifier AmountQualifier { get; set; }

    /// <summary>"2025", "2025-H1", "2025-Q2", "2025-03" or "2025-03-19": the precision follows from the form.</summary>
    [StringLength(10)]
    public string? Date { get; set; }

    public List<DealPartyLine> Parties { get; set; } = [];

    public List<DealHardwareLine> Hardware { get; set; } = [];

    public List<int> ModelIds { get; set; } = [];

    /// <summary>For a new deal: the article and sentence that support it.</summary>
    public int? EvidenceArticleId { get; set; }

    public int? EvidenceStart { get; set; }

    public decimal? AmountUsd => AmountText.TryParse(Amount, out var value) ? value : null;

    public PartialDate? ParsedDate => Domain.PartialDate.TryParse(Date, out var value) ? value : null;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!AmountText.TryParse(Amount, out _))
        {
            yield return new ValidationResult("Write the amount in US dollars, like 10B, 2.5 bn, 300M or 1,200,000.", [nameof(Amount)]);
        }

        if (!string.IsNullOrWhiteSpace(Date) && !Domain.PartialDate.TryParse(Date, out _))
        {
            yield return new ValidationResult("Write the date as 2025, 2025-H1, 2025-Q2, 2025-03 or 2025-03-19.", [nameof(Date)]);
        }

        if (Parties.Count(p => p.CompanyId > 0) < 2)
        {
            yield return new ValidationResult("A deal needs at least two parties.", [nameof(Parties)]);
        }

        if (Parties.Where(p => p.CompanyId > 0).GroupBy(p => p.CompanyId).Any(g => g.Count() > 1))
        {
            yield return new ValidationResult("Each company can be a party only once.", [nameof(Parties)]);
        }

        if (Hardware.Any(h => h.Quantity is < 0))
        {
            yield return new ValidationResult("Hardware quantities cannot be negative.", [nameof(Hardware)]);
        }

        if (Id == 0 && (EvidenceArticleId is null || EvidenceStart is null))
        {
            yield return new ValidationResult("Pick the article and the sentence that support this deal.", [nameof(EvidenceStart)]);
        }
    }

    public static DealEditForm From(Deal deal) => new()
    {
        Id = deal.Id,
        Version = deal.Version,
        Type = deal.Type,
        Status = deal.Status,
        Amount = AmountText.Format(deal.AmountUsd),
        AmountQualifier = deal.AmountQualifier,
        Date = deal.PartialDate?.Precision switch
        {
            null => null,
            DatePrecision.Quarter => $"{deal.Date!.Value.Year}-Q{((deal.Date.Value.Month - 1) / 3) + 1}",
            DatePrecision.Half => $"{deal.Date!.Value.Year}-H{(deal.Date.Value.Month <= 6 ? 1 : 2)}",
            _ => deal.PartialDate?.ToIsoString(),
        },
        Parties = deal.Parties.OrderBy(p => p.Role).ThenBy(p => p.CompanyId).Select(p => new DealPartyLine { CompanyId = p.CompanyId, Role = p.Role }).ToList(),
        Hardware = deal.Hardware.OrderBy(h => h.HardwareId).Select(h => new DealHardwareLine { HardwareId = h.HardwareId, Quantity = h.Quantity }).ToList(),
        ModelIds = deal.Models.Select(m => m.AiModelId).Order().ToList(),
    };
}
