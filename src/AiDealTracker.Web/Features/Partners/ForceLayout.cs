namespace AiDealTracker.Web.Features.Partners;

/// <summary>
/// Fruchterman–Reingold force-directed layout with Barnes–Hut repulsion: far groups of nodes push as one body at their
/// centre of mass (a quadtree per iteration), so an iteration costs O(n log n + e). Deterministic: starting positions
/// come from a hash of each node id, and iteration order is by id.
/// </summary>
public static class ForceLayout
{
    /// <summary>Barnes–Hut opening angle: a cell this small for its distance acts as one body.</summary>
    private const double Theta = 0.9;

    public static IReadOnlyDictionary<int, LayoutPoint> Run(
        IReadOnlyList<LayoutNode> nodes, IReadOnlyList<LayoutEdge> edges, double width = 1000, double height = 700, int? iterations = null)
    {
        var n = nodes.Count;
        var steps = iterations ?? Iterations(n);
        var result = new Dictionary<int, LayoutPoint>(n);
        if (n == 0)
        {
            return result;
        }

        var ordered = nodes.OrderBy(node => node.Id).ToArray();
        var index = new Dictionary<int, int>(n);
        for (var i = 0; i < n; i++)
        {
            index[ordered[i].Id] = i;
        }

        var x = new double[n];
        var y = new double[n];
        for (var i = 0; i < n; i++)
        {
            (x[i], y[i]) = Seed(ordered[i].Id, width, height);
        }

        var springs = edges
            .Where(e => e.Source != e.Target && index.ContainsKey(e.Source) && index.ContainsKey(e.Target))
            .Select(e => (A: index[e.Source], B: index[e.Target], W: 1 + Math.Log(1 + Math.Max(0, e.Weight))))
            .ToArray();
        var k = 0.9 * Math.Sqrt(width * height / n);
        var dx = new double[n];
        var dy = new double[n];
        var temperature = width / 10;
        var cooling = temperature / (steps + 1);
        var stack = new Stack<QuadCell>();
        for (var iteration = 0; iteration < steps; iteration++)
        {
            Array.Clear(dx);
            Array.Clear(dy);
            var root = QuadCell.Build(x, y);
            for (var i = 0; i < n; i++)
            {
                stack.Push(root);
                while (stack.Count > 0)
                {
                    var cell = stack.Pop();
                    var ddx = x[i] - (cell.MassX / cell.Count);
                    var ddy = y[i] - (cell.MassY / cell.Count);
                    var d2 = (ddx * ddx) + (ddy * ddy);
                    if (cell.Body == i)
                    {
                        continue;
                    }

                    if (cell.Children is null || cell.Size * cell.Size < Theta * Theta * d2)
                    {
                        if (d2 < 0.01)
                        {
                            // Coincident nodes: push apart along a direction fixed by the index.
                            ddx = ((i * 7) % 11) - 5 + 0.5;
                            ddy = ((i * 5) % 13) - 6 + 0.5;
                            d2 = (ddx * ddx) + (ddy * ddy);
                        }

                        var force = k * k * cell.Count / d2;
                        dx[i] += ddx * force;
                        dy[i] += ddy * force;
                        continue;
                    }

                    foreach (var child in cell.Children)
                    {
                        if (child is not null)
                        {
                            stack.Push(child);
                        }
                    }
                }
            }

            foreach (var (a, b, w) in springs)
            {
                var ddx = x[a] - x[b];
                var ddy = y[a] - y[b];
                var d = Math.Sqrt((ddx * ddx) + (ddy * ddy)) + 0.01;
                var force = d * w / k;
                dx[a] -= ddx * force;
                dy[a] -= ddy * force;
                dx[b] += ddx * force;
                dy[b] += ddy * force;
            }

            for (var i = 0; i < n; i++)
            {
                // A weak pull to the centre keeps unconnected nodes on screen.
                dx[i] += (width / 2 - x[i]) * 0.02 * k / 10;
                dy[i] += (height / 2 - y[i]) * 0.02 * k / 10;
                var length = Math.Sqrt((dx[i] * dx[i]) + (dy[i] * dy[i]));
                if (length > 0)
                {
                    var step = Math.Min(length, temperature);
                    x[i] = Math.Clamp(x[i] + (dx[i] / length * step), 0, width);
                    y[i] = Math.Clamp(y[i] + (dy[i] / length * step), 0, height);
                }
            }

            temperature = Math.Max(1, temperature - cooling);
        }

        Fit(x, y, width, height);
        for (var i = 0; i < n; i++)
        {
            result[ordered[i].Id] = new LayoutPoint(x[i], y[i]);
        }

        return result;
    }

    /// <summary>200 iterations for small graphs, fewer for big ones (80 at 500 nodes): each one costs more and moves less.</summary>
    internal static int Iterations(int nodes) => Math.Clamp(40_000 / Math.Max(1, nodes), 80, 200);

    /// <summary>A position from the id alone (a 32-bit mix), so the same company starts in the same place in every graph.</summary>
    internal static (double X, double Y) Seed(int id, double width, double height)
    {
        var h = (uint)id * 2654435761u;
        h ^= h >> 15;
        h *= 2246822519u;
        h ^= h >> 13;
        var a = (h & 0xFFFF) / 65535.0;
        var b = (h >> 16) / 65535.0;
        return (width * (0.1 + (0.8 * a)), height * (0.1 + (0.8 * b)));
    }

    /// <summary>Scales the drawing to fill the area with a margin, keeping its proportions.</summary>
    private static void Fit(double[] x, double[] y, double width, double height)
    {
        if (x.Length == 1)
        {
            x[0] = width / 2;
            y[0] = height / 2;
            return;
        }

        var (minX, maxX, minY, maxY) = (x.Min(), x.Max(), y.Min(), y.Max());
        var margin = 40;
        var scale = Math.Min((width - (2 * margin)) / Math.Max(1, maxX - minX), (height - (2 * margin)) / Math.Max(1, maxY - minY));
        var offsetX = (width - ((maxX - minX) * scale)) / 2;
        var offsetY = (height - ((maxY - minY) * scale)) / 2;
        for (var i = 0; i < x.Length; i++)
        {
            x[i] = offsetX + ((x[i] - minX) * scale);
            y[i] = offsetY + ((y[i] - minY) * scale);
        }
    }
}
