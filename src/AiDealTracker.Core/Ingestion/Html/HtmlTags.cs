namespace AiDealTracker.Core.Ingestion.Html;

/// <summary>Element names grouped by how reading treats them.</summary>
internal static class HtmlTags
{
    /// <summary>Never text: removed before anything else looks at the page.</summary>
    public static readonly HashSet<string> Dropped = new(StringComparer.Ordinal)
    {
        "script", "style", "template", "noscript", "iframe", "frame", "frameset", "object", "embed", "applet", "svg", "canvas",
        "button", "input", "select", "textarea", "option", "link", "meta", "head", "title", "audio", "video", "source", "track",
        "map", "dialog", "nav", "aside", "footer", "menu", "param", "base", "img", "picture", "amp-ad", "amp-analytics",
        "amp-sidebar", "amp-social-share", "amp-consent",
    };

    /// <summary>Whatever is inside these is code, styling or form state, never article text.</summary>
    public static readonly HashSet<string> NeverText = new(StringComparer.Ordinal)
    {
        "script", "style", "template", "noscript", "iframe", "frame", "object", "embed", "applet", "svg", "canvas",
        "textarea", "select", "option", "title", "head", "button", "input", "audio", "video",
    };

    /// <summary>Start a new block of text: a blank line before and after.</summary>
    public static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
        "pre", "ul", "ol", "dl", "table", "figure", "figcaption", "address", "hr", "details", "summary", "center", "fieldset",
        "caption", "form", "hgroup", "body", "html", "legend",
    };

    /// <summary>One line each, no blank line between them.</summary>
    public static readonly HashSet<string> Lines = new(StringComparer.Ordinal) { "li", "dt", "dd", "tr", "thead", "tbody", "tfoot" };

    /// <summary>Blocks that hold running text when they have no block inside them.</summary>
    public static readonly HashSet<string> ParagraphLike = new(StringComparer.Ordinal)
    {
        "p", "pre", "td", "blockquote", "dd", "li", "div", "section", "article", "main", "center", "font", "figcaption",
    };

    public static bool IsBlock(string name) => Blocks.Contains(name) || Lines.Contains(name) || name is "td" or "th";
}
