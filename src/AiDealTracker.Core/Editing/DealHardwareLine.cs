namespace AiDealTracker.Core.Editing;

public sealed class DealHardwareLine
{
    public int HardwareId { get; set; }

    public long? Quantity { get; set; }
}
