namespace AiDealTracker.Core.Domain;

/// <summary>What one article says about a deal. Claims are kept side by side so disagreements stay visible.</summary>
public class DealClaim
{
    public int Id { get; set; }

    public int DealId { get; set; }

    public int ArticleId { get; set; }

    public Article? Article { get; set; }

    public DealType Type { get; set; }

    public DealStatus Status { get; set; }

    public decimal? AmountUsd { get; set; }

    public DateOnly? Date { get; set; }

    public DatePrecision? DatePrecision { get; set; }

    public double Confidence { get; set; }
}
