using System.Text;
using AiDealTracker.Core.Ingestion;

namespace AiDealTracker.Core.Tests.Ingestion.Html;

internal static class HtmlTestPages
{
    public static DocumentReadResult Read(string html, string name = "page.html", DocumentReaderOptions? options = null) =>
        new DocumentReader(options ?? new DocumentReaderOptions()).Read(Encoding.UTF8.GetBytes(html), name);

    public static ReadDocument ReadOk(string html, string name = "page.html")
    {
        var result = Read(html, name);
        Assert.True(result.Succeeded, result.Error);
        return result.Document;
    }

    /// <summary>A page with enough prose to be an article, around the given extra markup.</summary>
    public static string Page(string head, string article, string outside = "") => $$"""
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8">{{head}}</head>
        <body>
        <nav class="menu"><a href="/">Home</a> <a href="/ai">AI</a> <a href="/chips">Chips</a></nav>
        <article>
        {{article}}
        <p>Nvidia agreed on Thursday to invest $5 billion in Intel, buying newly issued stock, in a deal that ties the two chipmakers together for years.</p>
        <p>The companies will jointly develop data-center and PC products, and Intel will build custom x86 processors that Nvidia will integrate into its platforms.</p>
        <p>Analysts said the agreement, which still needs regulatory approval, gives Intel a large customer and Nvidia a second source of processor designs.</p>
        </article>
        {{outside}}
        <footer class="site-footer"><p>© Example News 2025. All rights reserved.</p></footer>
        </body></html>
        """;
}
