using System.Text;
using AiDealTracker.Core.Domain;
using AiDealTracker.Core.Ingestion;

namespace AiDealTracker.Core.Tests.Ingestion;

public class DocumentReaderTests
{
    private readonly DocumentReader _reader = new(new DocumentReaderOptions());

    [Fact]
    public void Read_Fails_ForEmptyFile()
    {
        var result = _reader.Read([], "a.txt");

        Assert.False(result.Succeeded);
        Assert.Contains("empty", result.Error, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("   \n\t  \r\n ", "a.txt")]
    [InlineData("   \n\t  \r\n ", "a.md")]
    public void Read_Fails_ForWhitespaceOnlyFile(string content, string name)
    {
        var result = _reader.Read(Encoding.UTF8.GetBytes(content), name);

        Assert.False(result.Succeeded);
        Assert.Contains("whitespace", result.Error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Read_Fails_WhenFileIsOverTheSizeLimit()
    {
        var reader = new DocumentReader(new DocumentReaderOptions { MaxBytes = 1000 });

        var result = reader.Read(Encoding.UTF8.GetBytes(new string('a', 1001)), "big.txt");

        Assert.False(result.Succeeded);
        Assert.Contains("limit is 1,000 bytes", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Fails_ForDefaultLimitOfFiveMegabytes()
    {
        var result = _reader.Read(new byte[(5 * 1024 * 1024) + 1], "huge.html");

        Assert.False(result.Succeeded);
        Assert.Contains("limit", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37 }, "PDF")]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00 }, "ZIP")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, "image")]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10 }, "image")]
    [InlineData(new byte[] { 0x47, 0x49, 0x46, 0x38, 0x39, 0x61 }, "image")]
    [InlineData(new byte[] { 0x1F, 0x8B, 0x08, 0x00 }, "compressed")]
    [InlineData(new byte[] { 0x41, 0x42, 0x00, 0x43, 0x44 }, "binary")]
    public void Read_Fails_ForContentThatIsNotText(byte[] content, string expectedWord)
    {
        var result = _reader.Read(content, "article.txt");

        Assert.False(result.Succeeded);
        Assert.Contains("not text", result.Error, StringComparison.Ordinal);
        Assert.Contains(expectedWord, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Fails_ForRandomBytes()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);

        var result = _reader.Read(bytes, "noise.html");

        Assert.False(result.Succeeded);
    }

    [Fact]
    public void Read_KeepsPlainTextLines_AndNormalisesCrlf()
    {
        var result = _reader.Read(Encoding.UTF8.GetBytes("\r\nNvidia to invest $5bn in Intel\r\n\r\nSANTA CLARA, Sept 18 (Wire) - Nvidia said...\r\nSecond line."), "001.txt");

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(ArticleFormat.Text, result.Document.Format);
        Assert.Equal("\nNvidia to invest $5bn in Intel\n\nSANTA CLARA, Sept 18 (Wire) - Nvidia said...\nSecond line.", result.Document.Text);
        Assert.Equal("Nvidia to invest $5bn in Intel", result.Document.Title);
    }

    [Fact]
    public void Read_DecodesUtf16TextWithBom()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Société Générale backs Mistral\nText.")).ToArray();

        var result = _reader.Read(bytes, "a.txt");

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal("Société Générale backs Mistral", result.Document.Title);
    }

    [Fact]
    public void Read_FallsBackToWindows1252_ForLegacyText()
    {
        var bytes = new byte[] { 0x80, 0x31, 0x2E, 0x33, 0x62, 0x6E, 0x20, 0x66, 0x6F, 0x72, 0x20, 0x4D, 0x69, 0x73, 0x74, 0x72, 0x61, 0x6C, 0x20, 0x97, 0x20, 0x41, 0x53, 0x4D, 0x4C };

        var result = _reader.Read(bytes, "legacy.txt");

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal("€1.3bn for Mistral — ASML", result.Document.Text);
    }

    [Fact]
    public void Read_TreatsFullHtmlPageAsHtml_EvenWithTxtExtension()
    {
        var html = "<!DOCTYPE html><html><head><title>Deal</title></head><body><p>Microsoft signed a 20-year power purchase agreement with Constellation Energy to restart a reactor.</p></body></html>";

        var result = _reader.Read(Encoding.UTF8.GetBytes(html), "saved.txt");

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(ArticleFormat.Html, result.Document.Format);
        Assert.DoesNotContain("<p>", result.Document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TreatsHtmlFileWithoutMarkupAsText()
    {
        var result = _reader.Read(Encoding.UTF8.GetBytes("Oracle and OpenAI agree 4.5 GW of capacity\n\nThe deal expands Stargate."), "story.html");

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(ArticleFormat.Text, result.Document.Format);
        Assert.Equal("Oracle and OpenAI agree 4.5 GW of capacity", result.Document.Title);
    }

    [Fact]
    public void Read_StripsMarkdownSyntax_ToPlainText()
    {
        var markdown = """
            # Nvidia invests **$5 billion** in Intel

            The deal, [announced on Thursday](https://example.com/a), gives *Nvidia* about 4% of `Intel`.

            - first item with __strong__ text
            - second item with snake_case_name kept
            > A quoted line.

            ![chart of shares](chart.png)

            [1]: https://example.com
            """;

        var result = _reader.Read(Encoding.UTF8.GetBytes(markdown), "note.md");

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(ArticleFormat.Markdown, result.Document.Format);
        Assert.Equal("Nvidia invests $5 billion in Intel", result.Document.Title);
        Assert.Equal(
            "Nvidia invests $5 billion in Intel\n\nThe deal, announced on Thursday, gives Nvidia about 4% of Intel.\n\nfirst item with strong text\nsecond item with snake_case_name kept\nA quoted line.\n\nchart of shares",
            result.Document.Text);
    }

    [Fact]
    public void Read_IsThreadSafe_WhenOneReaderServesManyThreads()
    {
        var page = Encoding.UTF8.GetBytes(Html.HtmlTestPages.Page("<title>Deal | News</title>", "<h1>Deal</h1>"));
        var expected = _reader.Read(page, "p.html").Document!.Text;

        var texts = new string?[64];
        Parallel.For(0, texts.Length, i => texts[i] = _reader.Read(page, "p.html").Document?.Text);

        Assert.All(texts, t => Assert.Equal(expected, t));
    }
}
