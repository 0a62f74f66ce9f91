using AiDealTracker.Core.Ingestion.Html;

namespace AiDealTracker.Core.Tests.Ingestion.Html;

public class TitleCleanerTests
{
    [Theory]
    [InlineData("Nvidia buys a stake in Intel | Chip News", "Nvidia buys a stake in Intel")]
    [InlineData("Nvidia buys a stake in Intel - Chip News", "Nvidia buys a stake in Intel")]
    [InlineData("Nvidia buys a stake in Intel – Chip News", "Nvidia buys a stake in Intel")]
    [InlineData("Nvidia buys a stake in Intel — The Daily Wire Service", "Nvidia buys a stake in Intel")]
    [InlineData("Get your code covered | Code | Jane Doe", "Get your code covered | Code")]
    [InlineData("Mozilla - Wikipedia", "Mozilla - Wikipedia")]
    [InlineData("  Humain lines up\n  Nvidia  ", "Humain lines up Nvidia")]
    [InlineData("Chip News | Microsoft signs a 10-year power deal with Constellation", "Microsoft signs a 10-year power deal with Constellation")]
    [InlineData("AI-driven chip-design startups", "AI-driven chip-design startups")]
    public void CleanDocumentTitle_DropsSiteSuffix_WhenEnoughTitleRemains(string raw, string expected)
    {
        Assert.Equal(expected, TitleCleaner.CleanDocumentTitle(raw));
    }
}
