using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace AiDealTracker.Core.Ingestion.Html;

/// <summary>What class names, ids and roles say about a block: article body, or navigation, ads and other page furniture.</summary>
public static partial class BoilerplateHints
{
    public const int HintWeight = 25;

    private static readonly HashSet<string> FurnitureRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "banner", "contentinfo", "menu", "menubar", "dialog", "alertdialog", "search", "complementary", "toolbar",
    };

    private static readonly HashSet<string> AdTokens = new(StringComparer.OrdinalIgnoreCase)
    {
        "ad", "ads", "adv", "advert", "adverts", "advertising", "advertisement", "adspot", "adslot", "adunit", "adbox", "adwrap",
        "adsense", "dfp", "sponsored",
    };

    public static string HintsOf(IElement element) => $"{element.ClassName} {element.Id}";

    /// <summary>+25 for "article-body", -25 for "sidebar-promo", 0 when both or neither.</summary>
    public static int ClassWeight(IElement element)
    {
        var hints = HintsOf(element);
        if (hints.Length < 2)
        {
            return 0;
        }

        var weight = 0;
        if (Negative().IsMatch(hints))
        {
            weight -= HintWeight;
        }

        if (Positive().IsMatch(hints))
        {
            weight += HintWeight;
        }

        return weight;
    }

    /// <summary>Blocks so clearly not the article that they are dropped before scoring: cookie bars, menus, comment threads.</summary>
    public static bool IsUnlikelyCandidate(IElement element)
    {
        if (element.LocalName is "body" or "html" or "article" or "main" or "a")
        {
            return false;
        }

        if (element.GetAttribute("role") is { } role && FurnitureRoles.Contains(role.Trim()))
        {
            return true;
        }

        var hints = HintsOf(element);
        return hints.Length > 1 && Unlikely().IsMatch(hints) && !MaybeContent().IsMatch(hints);
    }

    /// <summary>Furniture inside the article itself: share bars, "related" boxes, newsletter sign-ups, photo credits.</summary>
    public static bool IsInlineFurniture(IElement element)
    {
        var hints = HintsOf(element);
        return hints.Length > 1 && ((InlineFurniture().IsMatch(hints) && !Positive().IsMatch(hints)) || HasAdToken(hints));
    }

    /// <summary>Ad slots named in any style: "ad-slot", "td-adspot-title", "AdInline_wrap__z3", "sponsored".</summary>
    public static bool HasAdToken(string hints)
    {
        foreach (var token in hints.Split([' ', '-', '_', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (AdTokens.Contains(token) || (token.Length > 2 && token.StartsWith("Ad", StringComparison.Ordinal) && char.IsUpper(token[2])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A block that is only an ad label: "- Advertisement -", "Sponsored", "Anzeige".</summary>
    public static bool IsAdLabel(string text) => text.Length < 40 && AdLabel().IsMatch(text);

    [GeneratedRegex(@"^\W*(advertisement|advertising|sponsored|ad|anzeige|werbung|publicit[ée]|publicidad|pubblicit[àa])\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AdLabel();

    // class="sidebar", id="footer-links", class="comment-list", class="ad-slot", class="cookie-notice"
    [GeneratedRegex(@"\bads?\b|\bad[-_]|advert|banner|breadcrumb|combx|comment|contact|cookie|consent|disqus|footer|footnote|gdpr|masthead|meta\b|newsletter|outbrain|promo|related|recommend|scroll|share|sharing|shoutbox|sidebar|skyscraper|social|sponsor|shopping|subscribe|signup|tags\b|taboola|tool|widget|popup|modal|nav\b|navbar|menu",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Negative();

    // class="article-body", id="story", class="entry-content", class="post"
    [GeneratedRegex(@"article|body|content|entry|h-?entry|main|page|post|text|blog|story|prose|paragraph", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Positive();

    // class="site-header", class="comments", id="sidebar", class="cookie-banner", class="share-tools"
    [GeneratedRegex(@"\bad-break|adbox|advert|agegate|banner|breadcrumb|combx|comment|community|cookie|consent|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|modal|newsletter|pager|pagination|popup|promo|related|remark|replies|rss|share|shoutbox|sidebar|skyscraper|social|sponsor|subscribe|signup|supertext|tooltip|yom-remote|outbrain|taboola",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Unlikely();

    // class="article-header", class="main-column", class="story-content": keep despite an unlikely word
    [GeneratedRegex(@"and|article|body|column|content|main|shadow|story|entry|post-", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MaybeContent();

    // class="share-bar", class="related-links", class="newsletter-signup", class="photo-credit"
    [GeneratedRegex(@"share|sharing|social|related|recommend|promo|newsletter|subscribe|signup|cookie|consent|comment|advert|sponsor|\bads?\b|\bad[-_]|popup|modal|toolbar|breadcrumb|pagination|credit|byline|author-bio|tags\b|read-?more|see-?also|more-stories|outbrain|taboola",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InlineFurniture();
}
