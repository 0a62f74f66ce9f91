using AiDealTracker.Core.Extraction;

namespace AiDealTracker.Core.Tests.Extraction;

public class SentenceSplitterTests
{
    [Theory]
    [InlineData("Meta made a $14.3 billion investment. It got a 49% stake.", 2)]
    [InlineData("The U.S. company agreed. Shares rose.", 2)]
    [InlineData("Nvidia Corp. said it would invest. Intel Inc. agreed.", 2)]
    [InlineData("The deal closed on Oct. 27 in Mumbai.", 1)]
    [InlineData("Headline Without Period\nFirst sentence here.", 2)]
    [InlineData("- Accelerate Innovation: models invite developers\n- Democratize Access: open access", 2)]
    [InlineData("Chief executive Jon P. Smith spoke. Then he left!", 2)]
    public void Split_CountsSentences(string text, int expected) => Assert.Equal(expected, SentenceSplitter.Split(text).Count);

    [Fact]
    public void Split_KeepsDecimalInsideSentence()
    {
        var spans = SentenceSplitter.Split("It paid $14.3 billion. Done.");

        Assert.Equal("It paid $14.3 billion.", "It paid $14.3 billion. Done."[spans[0].Start..spans[0].End]);
    }
}
