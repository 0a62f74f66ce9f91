namespace AiDealTracker.Core.Ingestion.Html;

/// <summary>Text measures of one element and everything inside it, gathered in a single pass over the page.</summary>
public sealed class BlockStats
{
    public int Text { get; set; }

    public int LinkText { get; set; }

    public int Commas { get; set; }

    /// <summary>Text of the element's own text nodes, not of its children.</summary>
    public int DirectText { get; set; }

    public bool HasBlockChild { get; set; }

    public double Score { get; set; }

    public bool IsCandidate { get; set; }

    public double LinkDensity => Text == 0 ? 0 : (double)LinkText / Text;

    public double FinalScore => Score * (1 - LinkDensity);
}
