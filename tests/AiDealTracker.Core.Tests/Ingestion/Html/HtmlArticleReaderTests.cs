using System.Text;
using AiDealTracker.Core.Domain;
using AiDealTracker.Core.Ingestion;

namespace AiDealTracker.Core.Tests.Ingestion.Html;

public class HtmlArticleReaderTests
{
    private const string HostilePage = """
        <!doctype html>
        <html><head>
        <title>Hostile | Test</title>
        <style>p { color: red } .x::after { content: "CSS-CONTENT-LEAK" }</style>
        <script>document.write("SCRIPT-HEAD-LEAK")</script>
        </head>
        <body onload="alert('ONLOAD-LEAK')">
        <article>
        <h1>CoreWeave signs an $11.9 billion contract with OpenAI</h1>
        <p>Hi<script>alert(1)</script></p>
        <p>CoreWeave &amp; OpenAI agreed a five-year deal &lt;worth&gt; $11.9 billion, and OpenAI takes a $350 million stake.<img src=x onerror="alert('ONERROR-LEAK')"></p>
        <p>Read the <a href="javascript:alert('JS-URL-LEAK')" onclick="steal()">filing</a> for details of the capacity the deal covers.</p>
        <p style="display:none">HIDDEN-STYLE-LEAK</p>
        <p style="visibility: hidden">HIDDEN-VISIBILITY-LEAK</p>
        <div hidden>HIDDEN-ATTRIBUTE-LEAK</div>
        <div aria-hidden="true">ARIA-HIDDEN-LEAK</div>
        <iframe src="https://evil.example/" srcdoc="<p>IFRAME-LEAK</p>">IFRAME-TEXT-LEAK</iframe>
        <svg><script>alert('SVG-SCRIPT-LEAK')</script><text>SVG-TEXT-LEAK</text></svg>
        <noscript><p>NOSCRIPT-LEAK</p></noscript>
        <!-- COMMENT-LEAK <p>commented out</p> -->
        <![CDATA[ CDATA-LEAK ]]>
        <template><p>TEMPLATE-LEAK</p></template>
        <form action="/subscribe"><input value="INPUT-LEAK"><button>BUTTON-LEAK</button><textarea>TEXTAREA-LEAK</textarea></form>
        <object data="x.swf">OBJECT-LEAK</object>
        <p>The contract runs through 2030 and covers compute capacity in several CoreWeave data centers, the companies said.</p>
        <style>STYLE-BODY-LEAK { }</style>
        </article>
        </body></html>
        """;

    [Fact]
    public void Read_OutputsTextOnly_ForHostilePage()
    {
        var document = HtmlTestPages.ReadOk(HostilePage);

        Assert.Contains("Hi", document.Text, StringComparison.Ordinal);
        Assert.Contains("CoreWeave & OpenAI agreed a five-year deal <worth> $11.9 billion", document.Text, StringComparison.Ordinal);
        Assert.Contains("Read the filing for details", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("LEAK", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("alert", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<p", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("onerror", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DropsScriptInsideParagraph()
    {
        var document = HtmlTestPages.ReadOk("<html><body><p>Hi<script>alert(1)</script></p></body></html>");

        Assert.Equal("Hi", document.Text);
    }

    [Fact]
    public void Read_KeepsBlocksInOrder_WithBlankLinesAndListItemsOnTheirOwnLines()
    {
        var html = HtmlTestPages.Page(
            string.Empty,
            """
            <h2>What the deal covers</h2>
            <p>The first paragraph, which is long enough to count as prose in an article body.</p>
            <ul><li>18,000 GB300 chips</li><li>500 MW of capacity</li></ul>
            <p>Line one<br>line two</p>
            """);

        var text = HtmlTestPages.ReadOk(html).Text;

        Assert.Contains("What the deal covers\n\nThe first paragraph", text, StringComparison.Ordinal);
        Assert.Contains("article body.\n\n18,000 GB300 chips\n500 MW of capacity\n\nLine one\nline two\n\nNvidia agreed", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DropsNavigationFooterCookieBannerAndComments()
    {
        var html = HtmlTestPages.Page(
            string.Empty,
            "<div class=\"share-bar\"><a href=\"#\">Share on X</a> <a href=\"#\">Share on LinkedIn</a></div>",
            """
            <div class="cookie-banner">We use cookies to improve your experience. Accept all cookies?</div>
            <section id="comments" class="comments-area"><h3>2 thoughts</h3><p>Great article, this deal will change everything for the whole industry.</p></section>
            <div class="related-links"><h4>Related</h4><ul><li><a href="/a">AMD wins OpenAI deal</a></li><li><a href="/b">Oracle capex soars</a></li></ul></div>
            """);

        var text = HtmlTestPages.ReadOk(html).Text;

        Assert.Contains("Nvidia agreed on Thursday to invest $5 billion in Intel", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Home", text, StringComparison.Ordinal);
        Assert.DoesNotContain("cookies", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Great article", text, StringComparison.Ordinal);
        Assert.DoesNotContain("AMD wins OpenAI deal", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Share on", text, StringComparison.Ordinal);
        Assert.DoesNotContain("All rights reserved", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_StillGivesText_ForMalformedHtmlWithUnclosedTags()
    {
        var html = "<html><body><div><p>Amazon will invest $4 billion in Anthropic, the companies said on Monday <b>in a <i>statement<p>The stake remains a minority one, according to the filing.<div><p>More details";

        var text = HtmlTestPages.ReadOk(html).Text;

        Assert.Contains("Amazon will invest $4 billion in Anthropic", text, StringComparison.Ordinal);
        Assert.Contains("The stake remains a minority one", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Fails_ForHtmlWithoutArticleText()
    {
        var result = HtmlTestPages.Read("<!doctype html><html><head><title>Empty</title><script>var a = 'text';</script></head><body><nav><a href='/'>Home</a></nav><img src='a.png'></body></html>");

        Assert.False(result.Succeeded);
        Assert.Contains("no article text", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ReadsText_FromDeeplyNestedPage()
    {
        var html = new StringBuilder("<html><body>");
        html.Insert(html.Length, "<div>", 3_000);
        html.Append("<p>Deep text about a $2 billion chip supply agreement between two companies.</p></body></html>");
        var options = new DocumentReaderOptions { TimeBudget = TimeSpan.FromMinutes(1) };

        var result = HtmlTestPages.Read(html.ToString(), options: options);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal("Deep text about a $2 billion chip supply agreement between two companies.", result.Document.Text);
    }

    [Fact]
    public void Read_StopsAtTheTimeBudget_WhenParsingItselfIsPathological()
    {
        // 100,000 unclosed <div>s make tree building quadratic: minutes of work without a deadline.
        var html = new StringBuilder("<html><body>");
        html.Insert(html.Length, "<div>", 100_000);
        html.Append("<p>text</p></body></html>");
        var options = new DocumentReaderOptions { TimeBudget = TimeSpan.FromSeconds(1) };
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var result = HtmlTestPages.Read(html.ToString(), options: options);

        Assert.False(result.Succeeded);
        Assert.Contains("time budget of 1 s", result.Error, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Read_FailsWithClearMessage_WhenTimeBudgetIsExceeded()
    {
        var html = new StringBuilder("<html><body>");
        for (var i = 0; i < 5_000; i++)
        {
            html.Append("<div class=\"c\"><p>Paragraph number ").Append(i).Append(", with a comma and enough words to count as prose.</p></div>");
        }

        html.Append("</body></html>");
        var options = new DocumentReaderOptions { TimeBudget = TimeSpan.FromTicks(1) };

        var result = HtmlTestPages.Read(html.ToString(), options: options);

        Assert.False(result.Succeeded);
        Assert.Contains("time budget", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ReadsLegacyEncodedPage_ByItsMetaCharset()
    {
        var html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"><title>Сделка</title></head><body><p>Яндекс инвестирует в центры обработки данных, сообщила компания в понедельник.</p></body></html>";
        var bytes = CharsetSnifferTestEncodings.Windows1251.GetBytes(html);

        var result = new DocumentReader(new DocumentReaderOptions()).Read(bytes, "ru.html");

        Assert.True(result.Succeeded, result.Error);
        Assert.Contains("Яндекс инвестирует", result.Document.Text, StringComparison.Ordinal);
        Assert.Equal("Сделка", result.Document.Title);
    }

    [Fact]
    public void Read_ReturnsHtmlFormatAndMetadata()
    {
        var html = HtmlTestPages.Page(
            "<title>Nvidia takes a $5bn stake in Intel | Chip Ledger</title><meta property=\"og:site_name\" content=\"Chip Ledger\"><meta property=\"article:published_time\" content=\"2025-09-18T14:05:00Z\"><meta name=\"author\" content=\"By Jane Doe\">",
            "<h1>Nvidia takes a $5bn stake in Intel</h1>");

        var document = HtmlTestPages.ReadOk(html);

        Assert.Equal(ArticleFormat.Html, document.Format);
        Assert.Equal("Nvidia takes a $5bn stake in Intel", document.Title);
        Assert.Equal("Jane Doe", document.Byline);
        Assert.Equal("Chip Ledger", document.SiteName);
        Assert.Equal(PartialDate.Day(2025, 9, 18), document.Published);
        Assert.Equal("en", document.Language);
    }
}
