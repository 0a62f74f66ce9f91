namespace AiDealTracker.Web.Features.Partners;

/// <summary>A closed chain of flows of one kind, starting at its smallest company id: A → B → … → A.</summary>
public sealed record FlowCycle(FlowKind Kind, IReadOnlyList<FlowEdge> Edges)
{
    public IReadOnlyList<int> Companies => Edges.Select(e => e.From).ToList();
}
