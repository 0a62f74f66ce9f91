using AiDealTracker.Core.Domain;
using AngleSharp.Html.Parser;

namespace AiDealTracker.Core.Ingestion;

/// <summary>Reduces a web page to its article text and metadata.</summary>
internal static class HtmlDocumentReader
{
    public static DocumentReadResult Read(byte[] content, string decoded)
    {
        _ = content;
        var parser = new HtmlParser();
        using var document = parser.ParseDocument(decoded);
        foreach (var node in document.QuerySelectorAll("script,style,noscript,template,nav,footer,form,aside"))
        {
            node.Remove();
        }

        var blocks = document.Body?.QuerySelectorAll("h1,h2,h3,p,li")
            .Select(e => e.TextContent.Trim())
            .Where(t => t.Length > 0)
            .ToList() ?? [];
        var text = string.Join("\n\n", blocks);
        if (text.Length == 0)
        {
            return DocumentReadResult.Fail("The page has no article text.");
        }

        var title = document.Title?.Trim();
        return DocumentReadResult.Ok(new ReadDocument(text, ArticleFormat.Html, title, null, null, null, null));
    }
}
