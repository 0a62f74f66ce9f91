namespace AiDealTracker.Web.Features.Partners;

public sealed record PartnerGraphDrawing(
    IReadOnlyList<DrawnNode> Nodes, IReadOnlyList<DrawnEdge> Edges, IReadOnlyList<DrawnCycle> Cycles, double Width, double Height, TimeSpan LayoutTime);
