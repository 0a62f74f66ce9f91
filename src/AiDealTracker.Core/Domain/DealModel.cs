namespace AiDealTracker.Core.Domain;

public class DealModel
{
    public int DealId { get; set; }

    public int AiModelId { get; set; }

    public AiModel? AiModel { get; set; }
}
