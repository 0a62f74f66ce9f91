namespace AiDealTracker.Web.Features.Partners;

/// <summary>An undirected spring between two nodes; a heavier edge pulls harder.</summary>
public readonly record struct LayoutEdge(int Source, int Target, double Weight);
