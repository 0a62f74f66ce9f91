using AiDealTracker.Core.Extraction;

namespace AiDealTracker.Core.Tests.Extraction;

public class TextCleanerTests
{
    [Theory]
    [InlineData("Body one.\n\nADVERTISEMENT\n\nBody two.", "Body one.\nBody two.")]
    [InlineData("Body one.\nShare this article\nBody two.", "Body one.\nBody two.")]
    [InlineData("Body one.\nShare: Facebook · X · LinkedIn\nBody two.", "Body one.\nBody two.")]
    [InlineData("Photo by Zhu Hongzhi on Unsplash\nBody.", "Body.")]
    [InlineData("Body one.\nTwitter | Facebook | LinkedIn\nBody two.", "Body one.\nBody two.")]
    [InlineData("Home · World · Technology · Markets\nBody.", "Body.")]
    [InlineData("Revenue | 2024 | 2025\nSales rose by a third, to $4 billion | up 33%.\nBody.", "Revenue | 2024 | 2025\nSales rose by a third, to $4 billion | up 33%.\nBody.")]
    [InlineData("Training used a cluster\n1\n2\n.\nNext line.", "Training used a cluster\nNext line.")]
    [InlineData("It depends on supply.[1] Still, growth.", "It depends on supply. Still, growth.")]
    [InlineData("Meta’s “incentives”  were   big.", "Meta's \"incentives\" were big.")]
    [InlineData("Enjoying this? Sign up for our free weekly newsletter.\nBody.", "Body.")]
    [InlineData("Luis Carrasco writes about data centers and AI hardware.\nBody.", "Body.")]
    public void Clean_RemovesBoilerplate(string raw, string expected) => Assert.Equal(expected, TextCleaner.Clean(raw).Text);

    [Theory]
    [InlineData("Related coverage")]
    [InlineData("Read more")]
    [InlineData("You might also like")]
    [InlineData("Also on our site")]
    [InlineData("See also:")]
    public void Clean_DropsEverythingAfterCommentsOrRelatedSection(string heading)
    {
        var raw = $"Title\nOne.\nTwo.\nThree.\nFour.\n{heading}\n- Nvidia buys Foo\nLeave a Reply";

        Assert.Equal("Title\nOne.\nTwo.\nThree.\nFour.", TextCleaner.Clean(raw).Text);
    }

    [Fact]
    public void Clean_MapsOffsetsBackToOriginal()
    {
        var raw = "ADVERTISEMENT\n\nMeta   invested.";
        var cleaned = TextCleaner.Clean(raw);
        var at = cleaned.Text.IndexOf("invested", StringComparison.Ordinal);

        Assert.Equal(raw.IndexOf("invested", StringComparison.Ordinal), cleaned.ToOriginal(at));
    }
}
