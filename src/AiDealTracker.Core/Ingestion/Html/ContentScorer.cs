using AngleSharp.Dom;

namespace AiDealTracker.Core.Ingestion.Html;

/// <summary>Measures every block of a cleaned page and scores the containers that hold running text.</summary>
/// <remarks>A paragraph earns points for its length and commas; each container above it gets a share that shrinks
/// with distance, so the element that directly holds most of the prose wins. Class hints and link density adjust it.</remarks>
public sealed class ContentScorer
{
    private const int MinParagraphLength = 25;

    private static readonly double[] AncestorShare = [1, 0.5, 1.0 / 6, 1.0 / 12, 1.0 / 20];

    private readonly Dictionary<IElement, BlockStats> _stats = new(ReferenceEqualityComparer.Instance);
    private readonly ReadingBudget _budget;
    private readonly Func<IElement, bool> _isDropped;

    /// <param name="isDropped">Elements that are not part of the page for reading (scripts, hidden nodes, furniture);
    /// they and everything inside them are left unmeasured.</param>
    public ContentScorer(ReadingBudget budget, Func<IElement, bool> isDropped)
    {
        _budget = budget;
        _isDropped = isDropped;
    }

    public BlockStats StatsOf(IElement element) =>
        _stats.TryGetValue(element, out var stats) ? stats : new BlockStats();

    /// <summary>Measures <paramref name="root"/> and returns the best-scoring containers, best first.</summary>
    public IReadOnlyList<IElement> Score(IElement root)
    {
        Measure(root);
        var candidates = new List<IElement>();
        foreach (var (element, stats) in _stats)
        {
            _budget.Tick();
            var paragraphScore = ParagraphScore(element, stats, out var isLooseText);
            if (paragraphScore <= 0)
            {
                continue;
            }

            var ancestor = isLooseText ? element : element.ParentElement;
            for (var level = 0; level < AncestorShare.Length && ancestor is not null; level++, ancestor = ancestor.ParentElement)
            {
                if (!_stats.TryGetValue(ancestor, out var ancestorStats))
                {
                    break;
                }

                if (!ancestorStats.IsCandidate)
                {
                    ancestorStats.IsCandidate = true;
                    ancestorStats.Score = InitialScore(ancestor);
                    candidates.Add(ancestor);
                }

                ancestorStats.Score += paragraphScore * AncestorShare[level];
                if (ReferenceEquals(ancestor, root))
                {
                    break;
                }
            }
        }

        candidates.Sort((a, b) => _stats[b].FinalScore.CompareTo(_stats[a].FinalScore));
        return candidates;
    }

    private static double InitialScore(IElement element)
    {
        var tagScore = element.LocalName switch
        {
            "article" => 10,
            "div" or "main" => 5,
            "section" => 3,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        if (element.GetAttribute("itemprop") is { } itemprop && itemprop.Contains("articleBody", StringComparison.Ordinal))
        {
            tagScore += BoilerplateHints.HintWeight;
        }

        return tagScore + BoilerplateHints.ClassWeight(element);
    }

    /// <summary>Points for one run of prose: 1, plus one per comma, plus one per 100 characters up to 3.</summary>
    private static double ParagraphScore(IElement element, BlockStats stats, out bool isLooseText)
    {
        isLooseText = false;
        int length;
        if (!stats.HasBlockChild && HtmlTags.ParagraphLike.Contains(element.LocalName))
        {
            length = stats.Text;
        }
        else if (stats.HasBlockChild && stats.DirectText >= MinParagraphLength)
        {
            // Loose text between blocks ("<div>text<br>text<p>…</p></div>") counts as a paragraph of its container's.
            length = stats.DirectText;
            isLooseText = true;
        }
        else
        {
            return 0;
        }

        if (length < MinParagraphLength || stats.LinkDensity > 0.8)
        {
            return 0;
        }

        return 1 + Math.Min(stats.Commas, 10) + Math.Min(length / 100.0, 3);
    }

    private void Measure(IElement root)
    {
        var open = new Stack<BlockStats>();
        var rootStats = new BlockStats();
        _stats[root] = rootStats;
        open.Push(rootStats);
        DomWalker.Walk(
            root,
            _budget,
            node =>
            {
                if (node is IText text)
                {
                    var top = open.Peek();
                    var length = TextNormalizer.VisibleLength(text.Data);
                    top.Text += length;
                    top.DirectText += length;
                    top.Commas += CountCommas(text.Data);
                    return false;
                }

                if (node is not IElement element || _isDropped(element))
                {
                    return false;
                }

                var stats = new BlockStats();
                _stats[element] = stats;
                open.Push(stats);
                return true;
            },
            node =>
            {
                var element = (IElement)node;
                var stats = open.Pop();
                if (element.LocalName == "a")
                {
                    stats.LinkText = stats.Text;
                }

                var parent = open.Peek();
                parent.Text += stats.Text;
                parent.LinkText += stats.LinkText;
                parent.Commas += stats.Commas;
                if (HtmlTags.IsBlock(element.LocalName))
                {
                    parent.HasBlockChild = true;
                }
                else
                {
                    parent.DirectText += stats.Text;
                }
            });
    }

    // "," plus the CJK commas "，" and "、"
    private static int CountCommas(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (c is ',' or '\uFF0C' or '\u3001')
            {
                count++;
            }
        }

        return count;
    }
}
