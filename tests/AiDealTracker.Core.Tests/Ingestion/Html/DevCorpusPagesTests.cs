using AiDealTracker.Core.Domain;
using AiDealTracker.Core.Ingestion;

namespace AiDealTracker.Core.Tests.Ingestion.Html;

/// <summary>The five web pages of the development corpus: the article's sentences come through, the page furniture does not.</summary>
public class DevCorpusPagesTests
{
    private static ReadDocument ReadArticle(string id)
    {
        var path = Path.Combine(TestPaths.Shared, "dev-corpus", "articles", id + ".html");
        var result = new DocumentReader(new DocumentReaderOptions()).Read(File.ReadAllBytes(path), path);
        Assert.True(result.Succeeded, result.Error);
        return result.Document;
    }

    [SharedFolderFact("dev-corpus/articles/005.html")]
    public void WordPressPage_KeepsArticle_DropsCookieNoticeAndComments()
    {
        var document = ReadArticle("005");

        Assert.Contains("is investing €1.3 billion in Mistral AI", document.Text, StringComparison.Ordinal);
        Assert.Contains("ASML's shares edged higher in Amsterdam", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("We use cookies", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("thoughts on this story", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Leave a Reply", document.Text, StringComparison.Ordinal);
        Assert.Equal(PartialDate.Day(2025, 9, 9), document.Published);
        Assert.Equal("EuroTech Ledger", document.SiteName);
    }

    [SharedFolderFact("dev-corpus/articles/006.html")]
    public void NextJsPage_ReadsParagraphDivs_AndDateFromAppState()
    {
        var document = ReadArticle("006");

        Assert.Contains("Nvidia Corp. will invest $5 billion in Intel", document.Text, StringComparison.Ordinal);
        Assert.Contains("A lifeline with strings attached", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Sponsored", document.Text, StringComparison.Ordinal);
        Assert.Equal(PartialDate.Day(2025, 9, 18), document.Published);
    }

    [SharedFolderFact("dev-corpus/articles/010.html")]
    public void NewsPage_UsesPublishedNotUpdatedDate_AndDropsRelatedRail()
    {
        var document = ReadArticle("010");

        Assert.Contains("The largest in scale is with Nvidia.", document.Text, StringComparison.Ordinal);
        Assert.Equal(PartialDate.Day(2025, 5, 14), document.Published);
        Assert.DoesNotContain("More from Gulf Compute Report", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Qualcomm opens chip design centre", document.Text, StringComparison.Ordinal);
    }

    [SharedFolderFact("dev-corpus/articles/012.html")]
    public void NewspaperThemePage_DropsCookieBarSidebarAndAds()
    {
        var document = ReadArticle("012");

        Assert.Contains("615-megawatt Duane Arnold Energy Center", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("uses cookies", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("RELATED ARTICLES", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Stay informed", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Advertisement", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("©", document.Text, StringComparison.Ordinal);
    }

    [SharedFolderFact("dev-corpus/articles/016.html")]
    public void AmpPage_ReadsArticleBody_AndDropsReaderComments()
    {
        var document = ReadArticle("016");

        Assert.Contains("Shareholders of Core Scientific rejected CoreWeave's all-stock offer", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("cookies for ads", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Reader comments", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Their megawatts are worth way more", document.Text, StringComparison.Ordinal);
        Assert.Equal(PartialDate.Day(2025, 10, 31), document.Published);
    }
}
