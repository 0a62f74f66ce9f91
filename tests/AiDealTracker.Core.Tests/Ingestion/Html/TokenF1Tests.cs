using AiDealTracker.Cli.HtmlEvaluation;

namespace AiDealTracker.Core.Tests.Ingestion.Html;

public class TokenF1Tests
{
    [Theory]
    [InlineData("Nvidia invests in Intel", "nvidia INVESTS in intel.", 1.0)]
    [InlineData("a b c d", "a b", 2 * 0.5 * 1.0 / 1.5)]
    [InlineData("a a a", "a", 0.5)]
    [InlineData("x y", "a b", 0.0)]
    [InlineData("", "", 1.0)]
    [InlineData("", "a", 0.0)]
    public void Score_IsF1OverTokenMultisets(string ours, string expected, double f1)
    {
        Assert.Equal(f1, TokenF1.Score(ours, expected), 6);
    }

    [Fact]
    public void Tokenize_SplitsCjkIntoCharacters_AndLowercasesWords()
    {
        Assert.Equal(["人", "工", "ai", "2025"], TokenF1.Tokenize("人工 AI, 2025!"));
    }
}
