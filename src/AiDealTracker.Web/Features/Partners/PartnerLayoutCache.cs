using System.Collections.Concurrent;

namespace AiDealTracker.Web.Features.Partners;

/// <summary>Layouts already computed, by the exact set of nodes and edges, so re-renders and back-navigation reuse them.</summary>
public sealed class PartnerLayoutCache
{
    private const int Capacity = 64;
    private readonly ConcurrentDictionary<string, IReadOnlyDictionary<int, LayoutPoint>> _layouts = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<int, LayoutPoint> GetOrCompute(IReadOnlyList<LayoutNode> nodes, IReadOnlyList<LayoutEdge> edges, double width, double height)
    {
        var key = Key(nodes, edges, width, height);
        if (_layouts.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var layout = ForceLayout.Run(nodes, edges, width, height);
        if (_layouts.Count >= Capacity)
        {
            _layouts.Clear();
        }

        _layouts[key] = layout;
        return layout;
    }

    private static string Key(IReadOnlyList<LayoutNode> nodes, IReadOnlyList<LayoutEdge> edges, double width, double height)
    {
        var hash = new HashCode();
        hash.Add(width);
        hash.Add(height);
        foreach (var node in nodes.OrderBy(n => n.Id))
        {
            hash.Add(node.Id);
        }

        foreach (var edge in edges.OrderBy(e => e.Source).ThenBy(e => e.Target))
        {
            hash.Add(edge.Source);
            hash.Add(edge.Target);
            hash.Add(edge.Weight);
        }

        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{nodes.Count}:{edges.Count}:{hash.ToHashCode()}");
    }
}
