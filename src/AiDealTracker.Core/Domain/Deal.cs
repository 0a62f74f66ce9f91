namespace AiDealTracker.Core.Domain;

public class Deal
{
    public int Id { get; set; }

    public DealType Type { get; set; }

    public DealStatus Status { get; set; }

    /// <summary>The headline value in US dollars (the ceiling for "up to" amounts).</summary>
    public decimal? AmountUsd { get; set; }

    /// <summary>The amount as written, in <see cref="Currency"/>.</summary>
    public decimal? Amount { get; set; }

    public string? Currency { get; set; }

    public AmountQualifier AmountQualifier { get; set; }

    public DateOnly? Date { get; set; }

    public DatePrecision? DatePrecision { get; set; }

    public double Confidence { get; set; }

    public ReviewState ReviewState { get; set; }

    /// <summary>Fields an editor set; extraction never writes them again.</summary>
    public DealFields HumanOwned { get; set; }

    /// <summary>Type and sorted party names; how the same deal is recognised across articles and re-ingestions.</summary>
    public string Fingerprint { get; set; } = "";

    public string Summary { get; set; } = "";

    public int? MergedIntoId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Optimistic concurrency token, bumped on every save.</summary>
    public int Version { get; set; }

    public List<DealParty> Parties { get; set; } = [];

    public List<DealHardware> Hardware { get; set; } = [];

    public List<DealModel> Models { get; set; } = [];

    public List<DealClaim> Claims { get; set; } = [];

    public List<Evidence> Evidence { get; set; } = [];

    public PartialDate? PartialDate => Date is { } d && DatePrecision is { } p ? new PartialDate(d, p) : null;

    public bool IsOwnedByHuman(DealFields field) => (HumanOwned & field) != 0;

    public void CorrectAmount(decimal? amountUsd)
    {
        AmountUsd = amountUsd;
        Amount = amountUsd;
        Currency = amountUsd is null ? null : "USD";
        AmountQualifier = AmountQualifier.Exact;
        MarkCorrected(DealFields.Amount);
    }

    public void CorrectType(DealType type)
    {
        Type = type;
        MarkCorrected(DealFields.Type);
    }

    public void CorrectStatus(DealStatus status)
    {
        Status = status;
        MarkCorrected(DealFields.Status);
    }

    public void CorrectDate(PartialDate? date)
    {
        Date = date?.Start;
        DatePrecision = date?.Precision;
        MarkCorrected(DealFields.Date);
    }

    public void CorrectAmount(decimal? amountUsd, AmountQualifier qualifier)
    {
        CorrectAmount(amountUsd);
        AmountQualifier = amountUsd is null ? AmountQualifier.Exact : qualifier;
    }

    public void CorrectDatePrecision(DatePrecision? precision)
    {
        DatePrecision = Date is null ? null : precision;
        MarkCorrected(DealFields.Date);
    }

    /// <summary>An editor found this deal is the same as <paramref name="survivor"/>: it stays stored, redirecting there.</summary>
    public void MergeInto(Deal survivor)
    {
        if (survivor.Id == Id || survivor.MergedIntoId is not null)
        {
            throw new InvalidOperationException("A deal can only be merged into another deal that is not itself merged.");
        }

        MergedIntoId = survivor.Id;
    }

    public void MarkPartiesCorrected() => MarkCorrected(DealFields.Parties);

    public void MarkHardwareCorrected() => MarkCorrected(DealFields.Hardware);

    public void MarkModelsCorrected() => MarkCorrected(DealFields.Models);

    public void Accept()
    {
        if (ReviewState == ReviewState.Pending)
        {
            ReviewState = ReviewState.Accepted;
        }
    }

    /// <summary>Rejected deals stay stored so that re-ingestion recognises them and never brings them back.</summary>
    public void Reject() => ReviewState = ReviewState.Rejected;

    private void MarkCorrected(DealFields field)
    {
        HumanOwned |= field;
        ReviewState = ReviewState.Corrected;
    }
}

[Flags]
public enum DealFields
{
    None = 0,
    Type = 1,
    Status = 2,
    Amount = 4,
    Date = 8,
    Parties = 16,
    Hardware = 32,
    Models = 64,
}
