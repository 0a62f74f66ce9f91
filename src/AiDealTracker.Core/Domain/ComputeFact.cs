namespace AiDealTracker.Core.Domain;

/// <summary>Compute that is not a deal: "Llama 4 trained on more than 100,000 H100s".</summary>
public class ComputeFact
{
    public int Id { get; set; }

    public int ArticleId { get; set; }

    public int? CompanyId { get; set; }

    public Company? Company { get; set; }

    public int? AiModelId { get; set; }

    public AiModel? AiModel { get; set; }

    public int? HardwareId { get; set; }

    public Hardware? Hardware { get; set; }

    public long? Quantity { get; set; }

    public ReviewState ReviewState { get; set; }

    public List<Evidence> Evidence { get; set; } = [];

    public void Accept()
    {
        if (ReviewState == ReviewState.Pending)
        {
            ReviewState = ReviewState.Accepted;
        }
    }

    /// <summary>Rejected compute facts stay stored so re-extraction of their article does not bring them back.</summary>
    public void Reject() => ReviewState = ReviewState.Rejected;

    public void CorrectQuantity(long? quantity)
    {
        Quantity = quantity;
        ReviewState = ReviewState.Corrected;
    }
}
