using System.Diagnostics;
using AiDealTracker.Core.Domain;
using AiDealTracker.Web.Features.Common;

namespace AiDealTracker.Web.Features.Partners;

/// <summary>Turns companies and links into a drawing: laid-out nodes sized by value or count, edges by value, cycles marked.</summary>
public static class PartnerGraphModel
{
    public const double Width = 1000;
    public const double Height = 680;

    public static PartnerGraphDrawing Build(PartnerGraphData data, bool bySize, PartnerLayoutCache cache)
    {
        var clock = Stopwatch.StartNew();
        var names = data.Companies.ToDictionary(c => c.Id, c => c.Name);
        var weight = data.Companies.ToDictionary(c => c.Id, c => bySize ? (double)c.ValueUsd : c.Deals);
        var maxWeight = Math.Max(1e-9, weight.Values.DefaultIfEmpty(0).Max());
        var pairs = data.Links.GroupBy(l => (l.A, l.B)).Select(g => new LayoutEdge(g.Key.A, g.Key.B, g.Sum(l => l.Deals))).ToList();
        var points = cache.GetOrCompute(data.Companies.Select(c => new LayoutNode(c.Id, weight[c.Id])).ToList(), pairs, Width, Height);
        var layoutTime = clock.Elapsed;

        var flows = data.Links.SelectMany(l => FlowDirection.Between(l.Type, l.A, l.RoleA, l.B, l.RoleB)
                .Select(f => new FlowEdge(f.From, f.To, f.Kind, Step(names, f.From, f.To, l))))
            .ToList();
        var cycles = CycleFinder.Find(flows);
        var cyclePairs = cycles.SelectMany(c => c.Edges).Select(e => (Math.Min(e.From, e.To), Math.Max(e.From, e.To))).ToHashSet();
        var inCycle = cycles.SelectMany(c => c.Companies).ToHashSet();

        // Smaller circles as the graph grows, so 500 companies still leave room for lines.
        var maxRadius = Math.Clamp(180 / Math.Sqrt(Math.Max(1, data.Companies.Count)), 7, 24);
        var minRadius = Math.Min(4, maxRadius / 3);
        var rank = data.Companies.OrderByDescending(c => weight[c.Id]).ThenBy(c => c.Id).Select((c, i) => (c.Id, i)).ToDictionary(p => p.Id, p => p.i);
        var nodes = data.Companies
            .Select(c => new DrawnNode(c.Id, c.Name, points[c.Id].X, points[c.Id].Y, minRadius + ((maxRadius - minRadius) * Math.Sqrt(weight[c.Id] / maxWeight)), rank[c.Id], c.Deals, c.ValueUsd,
                inCycle.Contains(c.Id)))
            .OrderByDescending(n => n.Rank)
            .ToList();
        var maxValue = (double)Math.Max(1, data.Links.Select(l => l.ValueUsd).DefaultIfEmpty(0).Max());
        var edges = data.Links
            .Select(l => new DrawnEdge(
                l.A, l.B, l.Type, points[l.A].X, points[l.A].Y, points[l.B].X, points[l.B].Y,
                0.75 + (6 * Math.Sqrt((double)l.ValueUsd / maxValue)),
                $"{names[l.A]} ({l.RoleA}) – {names[l.B]} ({l.RoleB}): {l.Deals} {DealTypeNames.Display(l.Type).ToLowerInvariant()} deal{(l.Deals == 1 ? "" : "s")}, {Money.Compact(l.ValueUsd)}. Latest: {l.LatestSummary}",
                cyclePairs.Contains((l.A, l.B))))
            .OrderBy(e => e.InCycle).ThenBy(e => e.Width)
            .ToList();
        var drawnCycles = cycles
            .Select(c => new DrawnCycle(c.Kind, [.. c.Companies.Select(id => (id, names[id])), (c.Companies[0], names[c.Companies[0]])], c.Edges.Select(e => e.Label).ToList()))
            .ToList();
        return new PartnerGraphDrawing(nodes, edges, drawnCycles, Width, Height, layoutTime);
    }

    private static string Step(Dictionary<int, string> names, int from, int to, GraphLink link) =>
        $"{names[from]} → {names[to]} ({DealTypeNames.Display(link.Type).ToLowerInvariant()}, {Money.Compact(link.ValueUsd)})";
}
