using AiDealTracker.Web.Features.Partners;

namespace AiDealTracker.Web.Tests.Features.Partners;

public class ForceLayoutTests
{
    [Fact]
    public void Run_SameGraphTwice_GivesTheSamePositions()
    {
        var (nodes, edges) = Graph(80, seed: 3);

        var first = ForceLayout.Run(nodes, edges);
        var second = ForceLayout.Run(Enumerable.Reverse(nodes).ToList(), edges);

        Assert.Equal(first.OrderBy(p => p.Key), second.OrderBy(p => p.Key));
    }

    [Fact]
    public void Run_AnyGraph_KeepsEveryNodeInsideTheArea()
    {
        var (nodes, edges) = Graph(200, seed: 5);

        var layout = ForceLayout.Run(nodes, edges, 1000, 700);

        Assert.Equal(200, layout.Count);
        Assert.All(layout.Values, p => Assert.InRange(p.X, 0, 1000));
        Assert.All(layout.Values, p => Assert.InRange(p.Y, 0, 700));
    }

    [Fact]
    public void Run_TwoClusters_PlacesLinkedNodesCloserThanUnlinkedOnes()
    {
        var nodes = Enumerable.Range(1, 20).Select(i => new LayoutNode(i, 1)).ToList();
        var edges = new List<LayoutEdge>();
        for (var a = 1; a <= 10; a++)
        {
            for (var b = a + 1; b <= 10; b++)
            {
                edges.Add(new LayoutEdge(a, b, 1));
                edges.Add(new LayoutEdge(a + 10, b + 10, 1));
            }
        }

        var layout = ForceLayout.Run(nodes, edges);

        var within = Mean(edges.Select(e => Distance(layout[e.Source], layout[e.Target])));
        var across = Mean(Enumerable.Range(1, 10).SelectMany(a => Enumerable.Range(11, 10).Select(b => Distance(layout[a], layout[b]))));
        Assert.True(within * 1.5 < across, $"linked nodes {within:0} apart on average, unlinked {across:0}");
    }

    [Fact]
    public void Run_NoTwoNodesOnTopOfEachOther()
    {
        var (nodes, edges) = Graph(150, seed: 9);

        var layout = ForceLayout.Run(nodes, edges).Values.ToList();

        var closest = layout.SelectMany((p, i) => layout.Skip(i + 1).Select(q => Distance(p, q))).Min();
        Assert.True(closest > 1, $"two nodes are {closest:0.00} apart");
    }

    [Fact]
    public void Run_FiveHundredCompanies_SpreadsThemOverTheArea()
    {
        var (nodes, edges) = Graph(500, seed: 11, edgesPerNode: 5);

        var layout = ForceLayout.Run(nodes, edges, 1000, 700);

        // Timing is measured by "bench views" (budget 200 ms); here: a 500-node graph uses the area rather than a clump.
        var quarters = layout.Values.GroupBy(p => (p.X < 500, p.Y < 350)).Select(g => g.Count()).ToList();
        Assert.Equal(4, quarters.Count);
        Assert.All(quarters, count => Assert.InRange(count, 50, 200));
    }

    [Fact]
    public void Run_SingleNode_SitsInTheMiddle()
    {
        var layout = ForceLayout.Run([new LayoutNode(42, 1)], [], 1000, 700);

        Assert.Equal(new LayoutPoint(500, 350), layout[42]);
    }

    private static (List<LayoutNode> Nodes, List<LayoutEdge> Edges) Graph(int count, int seed, int edgesPerNode = 3)
    {
        var random = new Random(seed);
        var nodes = Enumerable.Range(1, count).Select(i => new LayoutNode(i * 7, random.Next(1, 50))).ToList();
        var edges = Enumerable.Range(0, count * edgesPerNode)
            .Select(_ => new LayoutEdge(nodes[random.Next(count)].Id, nodes[(int)(Math.Pow(random.NextDouble(), 2) * count)].Id, random.Next(1, 5)))
            .Where(e => e.Source != e.Target)
            .ToList();
        return (nodes, edges);
    }

    private static double Distance(LayoutPoint a, LayoutPoint b) => Math.Sqrt(((a.X - b.X) * (a.X - b.X)) + ((a.Y - b.Y) * (a.Y - b.Y)));

    private static double Mean(IEnumerable<double> values) => values.Average();
}
