using AiDealTracker.Core.Domain;

namespace AiDealTracker.Web.Api;

public sealed record HardwareItem(int Id, string Name, string? Vendor, HardwareKind Kind, int Deals);
