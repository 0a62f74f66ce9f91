using AiDealTracker.E2E.Tests.Infrastructure;

namespace AiDealTracker.E2E.Tests;

/// <summary>The app seeded with one hostile web page: scripts, event handlers, javascript: URLs, CSS tricks and escaped markup.</summary>
public sealed class HostilePageSession : BrowserSession
{
    public const string Page = """
        <!DOCTYPE html>
        <html><head>
        <title>Acme Labs raises $50 million &lt;script&gt;window.__pwned=1&lt;/script&gt;</title>
        <meta http-equiv="refresh" content="0;url=javascript:window.__pwned=1">
        <style>body { display: none } .article-text { visibility: hidden }</style>
        <script>window.__pwned = 1;</script>
        </head>
        <body onload="window.__pwned=1">
        <article>
        <h1 onmouseover="window.__pwned=1">Acme Labs raises $50 million from Zeta Capital</h1>
        <p>Acme Labs <img src="x" onerror="window.__pwned=1"> said on Monday it raised $50 million from Zeta Capital to build a GPU cloud.</p>
        <p onclick="window.__pwned=1">The filing quotes the tag &lt;b&gt;bold claims&lt;/b&gt; and &lt;img src=x onerror=alert(1)&gt; verbatim.</p>
        <p>Read more <a href="javascript:window.__pwned=1">here</a> <iframe src="javascript:parent.__pwned=1"></iframe></p>
        <svg><script>window.__pwned=1</script><text>vector</text></svg>
        <p style="position:fixed;top:0;left:0;width:100%;height:100%;background:red">Zeta Capital led the round, Acme Labs said.</p>
        <script>document.write('<b id="injected">injected</b>')</script>
        </article>
        </body></html>
        """;

    public HostilePageSession()
    {
        var folder = Path.Combine(Path.GetTempPath(), "aidealtracker-hostile", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "hostile.html"), Page);
        Environment = new Dictionary<string, string> { ["Ingestion__SeedsPath"] = folder };
    }
}
