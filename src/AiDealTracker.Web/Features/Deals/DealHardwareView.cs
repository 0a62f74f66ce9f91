namespace AiDealTracker.Web.Features.Deals;

public sealed record DealHardwareView(int Id, string Name, long? Quantity);
