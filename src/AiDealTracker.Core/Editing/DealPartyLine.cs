using AiDealTracker.Core.Domain;

namespace AiDealTracker.Core.Editing;

public sealed class DealPartyLine
{
    public int CompanyId { get; set; }

    public DealRole Role { get; set; }
}
