namespace AiDealTracker.Core.Domain;

public class DealParty
{
    public int DealId { get; set; }

    public int CompanyId { get; set; }

    public Company? Company { get; set; }

    public DealRole Role { get; set; }
}
