namespace AiDealTracker.Web.Features.Partners;

/// <summary>
/// Chooses which node names to print at a zoom level: biggest nodes first, skipping any label that would overlap one
/// already placed, up to a budget that grows as the view narrows.
/// </summary>
public static class GraphLabels
{
    public const double FontSize = 12;
    private const double CharacterWidth = 0.6 * FontSize;

    public static HashSet<int> Visible(IEnumerable<DrawnNode> nodes, double zoom, int budget)
    {
        var placed = new List<(double X1, double Y1, double X2, double Y2)>();
        var visible = new HashSet<int>();
        foreach (var node in nodes.OrderBy(n => n.Rank))
        {
            if (visible.Count >= budget)
            {
                break;
            }

            var box = Box(node, zoom);
            if (placed.Any(p => box.X1 < p.X2 && p.X1 < box.X2 && box.Y1 < p.Y2 && p.Y1 < box.Y2))
            {
                continue;
            }

            placed.Add(box);
            visible.Add(node.Id);
        }

        return visible;
    }

    /// <summary>Where the label sits: centred above the circle, in drawing units at this zoom.</summary>
    public static double LabelY(DrawnNode node, double zoom) => node.Y - (node.Radius / Math.Sqrt(zoom)) - (3 / zoom);

    private static (double X1, double Y1, double X2, double Y2) Box(DrawnNode node, double zoom)
    {
        var width = node.Name.Length * CharacterWidth / zoom;
        var height = (FontSize + 2) / zoom;
        var bottom = LabelY(node, zoom) + (3 / zoom);
        return (node.X - (width / 2), bottom - height, node.X + (width / 2), bottom);
    }
}
