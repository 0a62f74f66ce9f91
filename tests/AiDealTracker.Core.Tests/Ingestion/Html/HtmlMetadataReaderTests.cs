using AiDealTracker.Core.Domain;
using AiDealTracker.Core.Ingestion.Html;
using AngleSharp.Html.Parser;

namespace AiDealTracker.Core.Tests.Ingestion.Html;

public class HtmlMetadataReaderTests
{
    private static HtmlMetadata Read(string head, string body = "<p>text</p>", string htmlAttributes = "")
    {
        using var document = new HtmlParser().ParseDocument($"<!doctype html><html {htmlAttributes}><head>{head}</head><body>{body}</body></html>");
        return HtmlMetadataReader.Read(document, new ReadingBudget(TimeSpan.FromSeconds(10)));
    }

    [Theory]
    [InlineData("<meta property=\"og:title\" content=\"OG title\"><title>Doc title | Site</title>", "OG title")]
    [InlineData("<meta name=\"twitter:title\" content=\"Twitter title\"><title>Doc title | Site</title>", "Twitter title")]
    [InlineData("<title>A long enough headline here | Site</title>", "A long enough headline here")]
    [InlineData("<title>Mozilla - Wikipedia</title>", "Mozilla - Wikipedia")]
    [InlineData("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"LD headline\"}</script><meta property=\"og:title\" content=\"OG title\">", "LD headline")]
    [InlineData("<title>Hermitian matrix - Wikipedia</title><script type=\"application/ld+json\">{\"@type\":\"Article\",\"name\":\"Hermitian matrix\",\"headline\":\"matrix equal to its conjugate-transpose\"}</script>", "Hermitian matrix")]
    [InlineData("<title>West Ham beat Villa | Sport Daily</title><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"name\":\"Sport Daily\",\"headline\":\"West Ham beat Villa\"}</script>", "West Ham beat Villa")]
    [InlineData("<meta property=\"og:title\" content=\"AT&amp;T buys &quot;spectrum&quot;\">", "AT&T buys \"spectrum\"")]
    public void Read_ChoosesTitle(string head, string expected)
    {
        Assert.Equal(expected, Read(head).Title);
    }

    [Fact]
    public void Read_FallsBackToH1_WhenNoTitleAnywhere()
    {
        Assert.Equal("Main heading", Read(string.Empty, "<h1> Main   heading </h1><p>x</p>").Title);
    }

    [Theory]
    [InlineData("<meta name=\"author\" content=\"By Jane Doe\">", "<p>x</p>", "Jane Doe")]
    [InlineData("<script type=\"application/ld+json\">{\"@type\":\"Article\",\"author\":[{\"@type\":\"Person\",\"name\":\"Ann Lee\"},{\"name\":\"Bo Chan\"}]}</script>", "<p>x</p>", "Ann Lee, Bo Chan")]
    [InlineData("<meta property=\"article:author\" content=\"https://facebook.com/someone\">", "<p class=\"byline\">By Claire Vandermeer</p>", "Claire Vandermeer")]
    [InlineData("", "<a rel=\"author\" href=\"/a\">Tareq Amin</a>", "Tareq Amin")]
    [InlineData("", "<span class=\"author-name\">by: Sam Roe</span>", "Sam Roe")]
    [InlineData("", "<p>no byline</p>", null)]
    public void Read_FindsByline_AndStripsBy(string head, string body, string? expected)
    {
        Assert.Equal(expected, Read(head, body).Byline);
    }

    [Theory]
    [InlineData("<meta property=\"article:published_time\" content=\"2025-05-14T07:40:00+03:00\">", "", "2025-05-14")]
    [InlineData("<script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"WebSite\"},{\"@type\":\"NewsArticle\",\"datePublished\":\"2025-09-09T09:15:00+02:00\"}]}</script>", "", "2025-09-09")]
    [InlineData("<meta name=\"parsely-pub-date\" content=\"2024-04-20T04:20:00.000Z\">", "", "2024-04-20")]
    [InlineData("<meta name=\"pubdate\" content=\"20240517\">", "", "2024-05-17")]
    [InlineData("<meta name=\"dc.date\" content=\"2023-02-01\">", "", "2023-02-01")]
    [InlineData("", "<article><time datetime=\"2024-03-02T10:00:00Z\">2 March</time><p>x</p></article>", "2024-03-02")]
    [InlineData("<meta property=\"og:url\" content=\"https://news.example/2025/09/asml-mistral/\">", "", "2025-09")]
    [InlineData("<link rel=\"canonical\" href=\"https://news.example/2024/05/17/story\">", "", "2024-05-17")]
    [InlineData("", "<script id=\"__NEXT_DATA__\" type=\"application/json\">{\"props\":{\"pageProps\":{\"story\":{\"publishedAt\":\"2025-09-18T14:05:00Z\"}}}}</script>", "2025-09-18")]
    [InlineData("", "<p>no date</p>", null)]
    public void Read_FindsPublishedDate(string head, string body, string? expected)
    {
        Assert.Equal(expected, Read(head, body).Published?.ToIsoString());
    }

    [Fact]
    public void Read_IgnoresVisibleUpdatedDate()
    {
        var body = "<article><p class=\"updated\">Updated <time datetime=\"2025-05-15T10:05:00+03:00\">May 15</time></p><p>text</p></article>";

        Assert.Null(Read(string.Empty, body).Published);
    }

    [Fact]
    public void Read_PrefersPublishedOverModifiedMeta()
    {
        var head = "<meta property=\"article:modified_time\" content=\"2025-05-15T10:05:00+03:00\"><meta property=\"article:published_time\" content=\"2025-05-14T07:40:00+03:00\">";

        Assert.Equal(PartialDate.Day(2025, 5, 14), Read(head).Published);
    }

    [Theory]
    [InlineData("<meta property=\"og:site_name\" content=\"Gulf Compute Report\">", "Gulf Compute Report")]
    [InlineData("<script type=\"application/ld+json\">{\"@type\":\"BlogPosting\",\"publisher\":{\"@type\":\"Organization\",\"name\":\"EuroTech Ledger\"}}</script>", "EuroTech Ledger")]
    public void Read_FindsSiteName(string head, string expected)
    {
        Assert.Equal(expected, Read(head).SiteName);
    }

    [Theory]
    [InlineData("lang=\"fr\"", "", "fr")]
    [InlineData("", "<meta property=\"og:locale\" content=\"en_US\">", "en-US")]
    [InlineData("", "", null)]
    public void Read_FindsLanguage(string htmlAttributes, string head, string? expected)
    {
        Assert.Equal(expected, Read(head, htmlAttributes: htmlAttributes).Language);
    }

    [Fact]
    public void Read_SurvivesBrokenJsonLd()
    {
        var metadata = Read("<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": </script><meta property=\"og:title\" content=\"Fallback\">");

        Assert.Equal("Fallback", metadata.Title);
    }
}
