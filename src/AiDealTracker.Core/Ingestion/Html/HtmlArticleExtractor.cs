using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace AiDealTracker.Core.Ingestion.Html;

/// <summary>Finds the article in a parsed page and returns it as plain text.</summary>
/// <remarks>Steps: drop what is never text (scripts, hidden nodes, forms, page furniture), score the containers of
/// running text, prefer a marked article container, add sibling paragraphs that belong to it, clean furniture inside
/// it, and write the text. Strict mode also drops blocks whose class names look like furniture; the caller retries
/// without it when that leaves too little.</remarks>
public sealed partial class HtmlArticleExtractor
{
    private const int SubstantialText = 250;
    private const int MinFormTextToKeep = 1000;

    private readonly ReadingBudget _budget;
    private readonly bool _strict;
    private readonly ContentScorer _scorer;
    private readonly HashSet<IElement> _furniture = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<IElement> _dropped = new(ReferenceEqualityComparer.Instance);

    public HtmlArticleExtractor(ReadingBudget budget, bool strict)
    {
        _budget = budget;
        _strict = strict;
        _scorer = new ContentScorer(budget, IsDropped);
    }

    public string Extract(IDocument document)
    {
        var body = document.Body;
        if (body is null)
        {
            return string.Empty;
        }

        var candidates = _scorer.Score(body);
        var roots = ChooseRoots(body, candidates);
        MarkFurniture(roots);
        return HtmlTextRenderer.Render(roots, _budget, e => _dropped.Contains(e) || _furniture.Contains(e));
    }

    /// <summary>Hidden from every reader; aria-hidden (hidden from screen readers only) counts unless <paramref name="evenAriaHidden"/>
    /// is false, because pages saved with a dialog open mark their whole content aria-hidden.</summary>
    public static bool IsHidden(IElement element, bool evenAriaHidden = true)
    {
        if (element.HasAttribute("hidden"))
        {
            return true;
        }

        if (evenAriaHidden && string.Equals(element.GetAttribute("aria-hidden")?.Trim(), "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var style = element.GetAttribute("style");
        return style is not null && HiddenStyle().IsMatch(style);
    }

    /// <summary>Never text, hidden, a small form, or (strict mode) named like page furniture. Nodes are not removed from the
    /// page, only remembered: removing thousands of nodes from an AngleSharp tree costs more than the rest of reading.</summary>
    private bool IsDropped(IElement element)
    {
        if (HtmlTags.Dropped.Contains(element.LocalName) || IsHidden(element, evenAriaHidden: _strict)
            || (element.LocalName == "form" && TextNormalizer.VisibleLength(element.TextContent) < MinFormTextToKeep)
            || (_strict && BoilerplateHints.IsUnlikelyCandidate(element)))
        {
            _dropped.Add(element);
            return true;
        }

        return false;
    }

    private List<IElement> ChooseRoots(IElement body, IReadOnlyList<IElement> candidates)
    {
        if (candidates.Count == 0)
        {
            return [body];
        }

        var top = SharedAncestorOfRivals(body, candidates);
        if (MarkedContainer(body, top) is { } marked)
        {
            return [marked];
        }

        return WithSiblings(top);
    }

    /// <summary>When several separate blocks score nearly as well as the best one (an article split into step or section
    /// boxes), the article is the element that holds them all.</summary>
    private IElement SharedAncestorOfRivals(IElement body, IReadOnlyList<IElement> candidates)
    {
        var top = candidates[0];
        var topScore = _scorer.StatsOf(top).FinalScore;
        var rivals = candidates.Skip(1).Take(5)
            .Where(c => _scorer.StatsOf(c).FinalScore >= topScore * 0.75 && !c.Contains(top) && !top.Contains(c))
            .ToList();
        if (rivals.Count < 2)
        {
            return top;
        }

        var shared = top.ParentElement;
        while (shared is not null && !ReferenceEquals(shared, body) && !rivals.All(r => shared.Contains(r)))
        {
            shared = shared.ParentElement;
        }

        return shared is null || ReferenceEquals(shared, body) ? top : shared;
    }

    /// <summary>An element the page itself marks as the article body, when it holds the prose we found or more.</summary>
    private IElement? MarkedContainer(IElement body, IElement top)
    {
        var topText = _scorer.StatsOf(top).Text;
        var enclosingBody = top.Closest("[itemprop~='articleBody']");
        if (enclosingBody is not null && body.Contains(enclosingBody))
        {
            return enclosingBody;
        }

        var enclosingArticle = top.Closest("article");
        if (enclosingArticle is not null && body.Contains(enclosingArticle) && _scorer.StatsOf(enclosingArticle).Text <= topText * 2.5)
        {
            return enclosingArticle;
        }

        var threshold = Math.Max(SubstantialText, topText * 0.5);
        var bodies = body.QuerySelectorAll("[itemprop~='articleBody']");
        var largestBody = bodies.MaxBy(e => _scorer.StatsOf(e).Text);
        if (largestBody is not null && _scorer.StatsOf(largestBody).Text >= threshold)
        {
            return largestBody;
        }

        var articles = body.QuerySelectorAll("article").Where(a => _scorer.StatsOf(a).Text >= threshold).ToList();
        return articles.Count == 1 && top.Contains(articles[0]) ? articles[0] : null;
    }

    /// <summary>The winning container plus neighbours that continue it: split article bodies, lead paragraphs outside the main div.</summary>
    private List<IElement> WithSiblings(IElement top)
    {
        var parent = top.ParentElement;
        if (parent is null)
        {
            return [top];
        }

        var topStats = _scorer.StatsOf(top);
        var threshold = Math.Max(10, topStats.FinalScore * 0.2);
        var roots = new List<IElement>();
        foreach (var sibling in parent.Children)
        {
            _budget.Tick();
            if (ReferenceEquals(sibling, top))
            {
                roots.Add(sibling);
                continue;
            }

            var stats = _scorer.StatsOf(sibling);
            if (stats.IsCandidate && stats.FinalScore >= threshold)
            {
                roots.Add(sibling);
            }
            else if (!stats.HasBlockChild && HtmlTags.ParagraphLike.Contains(sibling.LocalName) && IsProse(sibling, stats))
            {
                roots.Add(sibling);
            }
        }

        return roots;
    }

    private static bool IsProse(IElement element, BlockStats stats)
    {
        if (stats.Text > 80)
        {
            return stats.LinkDensity < 0.25;
        }

        return stats.Text > 0 && stats.LinkText == 0 && SentenceEnd().IsMatch(element.TextContent);
    }

    /// <summary>Marks share bars, "related" lists, credits and link farms inside the chosen article so the renderer skips them.</summary>
    private void MarkFurniture(List<IElement> roots)
    {
        foreach (var root in roots)
        {
            var rootText = Math.Max(1, _scorer.StatsOf(root).Text);
            DomWalker.Walk(
                root,
                _budget,
                node =>
                {
                    if (node is not IElement element || _dropped.Contains(element))
                    {
                        return false;
                    }

                    var stats = _scorer.StatsOf(element);
                    if (stats.Text * 2 < rootText && IsFurniture(element, stats))
                    {
                        _furniture.Add(element);
                        return false;
                    }

                    return true;
                },
                _ => { });
        }
    }

    private static bool IsFurniture(IElement element, BlockStats stats)
    {
        // Links and emphasis inside prose are part of the sentence, whatever their class says ("popup" notes, "tag" links).
        if (element.LocalName is "a" or "em" or "i" or "b" or "strong" or "u" or "font" or "abbr" or "sup" or "sub" or "code" or "mark")
        {
            return false;
        }

        if (BoilerplateHints.IsInlineFurniture(element))
        {
            return true;
        }

        if (stats.Text is > 0 and < 40 && BoilerplateHints.IsAdLabel(TextNormalizer.CollapseWhitespace(element.TextContent)))
        {
            return true;
        }

        if (element.LocalName is not ("ul" or "ol" or "table" or "div" or "section" or "header" or "dl" or "p"))
        {
            return false;
        }

        var density = stats.LinkDensity;
        return stats.Text > 0 && (density > 0.5 || (density > 0.3 && BoilerplateHints.ClassWeight(element) < 0));
    }

    // display:none, visibility: hidden
    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HiddenStyle();

    [GeneratedRegex(@"[.!?:][""'”’)]?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();
}
