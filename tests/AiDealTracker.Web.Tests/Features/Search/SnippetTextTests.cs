using AiDealTracker.Web.Features.Common;
using AiDealTracker.Web.Features.Search;

namespace AiDealTracker.Web.Tests.Features.Search;

public class SnippetTextTests
{
    [Fact]
    public void Parse_MarkedMatches_BecomeHitSegments()
    {
        var segments = SnippetText.Parse("…the \uE000Nvidia\uE001 deal with \uE000OpenAI\uE001");

        Assert.Equal([new("…the "), new("Nvidia", "hit"), new(" deal with "), new("OpenAI", "hit")], segments);
    }

    [Fact]
    public void Parse_MarkupInTheText_StaysText()
    {
        var segments = SnippetText.Parse("<script>alert(1)</script> \uE000<b>\uE001");

        Assert.Equal([new TextSegment("<script>alert(1)</script> "), new TextSegment("<b>", "hit")], segments);
    }

    [Theory]
    [InlineData("nvidia", "\"nvidia\"*")]
    [InlineData("Nvidia OpenAI", "\"Nvidia\" \"OpenAI\"")]
    [InlineData("\"NEAR\" OR x*", "\"NEAR\" \"OR\" \"x\"")]
    [InlineData("AT&T", "\"AT&T\"*")]
    [InlineData("  ", null)]
    [InlineData("()*:^", null)]
    public void Build_AnyInput_GivesAQuotedFtsQuery(string text, string? expected) => Assert.Equal(expected, FtsQuery.Build(text));
}
