namespace AiDealTracker.Core.Domain;

public class DealHardware
{
    public int DealId { get; set; }

    public int HardwareId { get; set; }

    public Hardware? Hardware { get; set; }

    public long? Quantity { get; set; }
}
