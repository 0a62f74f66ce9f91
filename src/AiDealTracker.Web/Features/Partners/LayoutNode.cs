namespace AiDealTracker.Web.Features.Partners;

/// <summary>A node to place; its id seeds its starting position, so a node starts at the same place in every render.</summary>
public readonly record struct LayoutNode(int Id, double Size);
