namespace AiDealTracker.Web.Features.Partners;

/// <summary>A square of the Barnes–Hut quadtree: its bodies' count and summed positions, and its four quarters.</summary>
internal sealed class QuadCell
{
    private const int MaxDepth = 24;

    private QuadCell(double x0, double y0, double size)
    {
        X0 = x0;
        Y0 = y0;
        Size = size;
    }

    public double X0 { get; }

    public double Y0 { get; }

    public double Size { get; }

    public int Count { get; private set; }

    public double MassX { get; private set; }

    public double MassY { get; private set; }

    /// <summary>The one body in a leaf; -1 in an inner cell.</summary>
    public int Body { get; private set; } = -1;

    public QuadCell?[]? Children { get; private set; }

    public static QuadCell Build(double[] x, double[] y)
    {
        var (minX, maxX, minY, maxY) = (x.Min(), x.Max(), y.Min(), y.Max());
        var root = new QuadCell(minX, minY, Math.Max(1e-6, Math.Max(maxX - minX, maxY - minY)) * 1.0001);
        for (var i = 0; i < x.Length; i++)
        {
            root.Insert(i, x, y, 0);
        }

        return root;
    }

    private void Insert(int body, double[] x, double[] y, int depth)
    {
        Count++;
        MassX += x[body];
        MassY += y[body];
        if (Count == 1)
        {
            Body = body;
            return;
        }

        if (depth >= MaxDepth)
        {
            // Bodies this close are treated as one lump; the caller pushes coincident ones apart.
            Body = -1;
            return;
        }

        if (Children is null)
        {
            Children = new QuadCell?[4];
            var previous = Body;
            Body = -1;
            if (previous >= 0)
            {
                Child(previous, x, y).Insert(previous, x, y, depth + 1);
            }
        }

        Child(body, x, y).Insert(body, x, y, depth + 1);
    }

    private QuadCell Child(int body, double[] x, double[] y)
    {
        var half = Size / 2;
        var right = x[body] >= X0 + half;
        var below = y[body] >= Y0 + half;
        var index = (right ? 1 : 0) + (below ? 2 : 0);
        return Children![index] ??= new QuadCell(right ? X0 + half : X0, below ? Y0 + half : Y0, half);
    }
}
