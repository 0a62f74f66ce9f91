namespace AiDealTracker.Web.Features.Partners;

/// <summary>
/// Finds the simple directed cycles of each flow kind up to a length, e.g. A invests in B while B buys compute from A
/// (money A → B → A). Each cycle is reported once, rotated to start at its smallest company id; search goes only
/// through companies with a larger id than the start, which is what makes every cycle appear exactly once.
/// </summary>
public static class CycleFinder
{
    public static IReadOnlyList<FlowCycle> Find(IEnumerable<FlowEdge> flows, int maxLength = 4, int maxCycles = 100)
    {
        var cycles = new List<FlowCycle>();
        foreach (var kind in flows.GroupBy(f => f.Kind).OrderBy(g => g.Key))
        {
            var outgoing = kind
                .Where(f => f.From != f.To)
                .GroupBy(f => f.From)
                .ToDictionary(g => g.Key, g => g.GroupBy(f => f.To).Select(t => t.First()).OrderBy(f => f.To).ToList());
            foreach (var start in outgoing.Keys.Order())
            {
                var path = new List<FlowEdge>();
                var onPath = new HashSet<int> { start };
                Walk(start);
                if (cycles.Count >= maxCycles)
                {
                    return cycles;
                }

                void Walk(int node)
                {
                    if (cycles.Count >= maxCycles || !outgoing.TryGetValue(node, out var next))
                    {
                        return;
                    }

                    foreach (var edge in next)
                    {
                        if (edge.To == start)
                        {
                            cycles.Add(new FlowCycle(kind.Key, [.. path, edge]));
                            if (cycles.Count >= maxCycles)
                            {
                                return;
                            }
                        }
                        else if (edge.To > start && path.Count + 1 < maxLength && onPath.Add(edge.To))
                        {
                            path.Add(edge);
                            Walk(edge.To);
                            path.RemoveAt(path.Count - 1);
                            onPath.Remove(edge.To);
                        }
                    }
                }
            }
        }

        return cycles;
    }
}
