using AiDealTracker.Core.Domain;
using AiDealTracker.Core.Extraction;

namespace AiDealTracker.Core.Tests.Extraction;

public class DateParserTests
{
    private static readonly DateOnly Anchor = new(2025, 8, 19); // a Tuesday

    [Theory]
    [InlineData("by | Apr 24, 2026", "2026-04-24")]
    [InlineData("LONDON, Sept. 19, 2025 —", "2025-09-19")]
    [InlineData("in November 2024 it was revealed", "2024-11")]
    [InlineData("the release is slated for early 2025", "2025")]
    [InlineData("revenue in Q3 2024 rose", "2024")]
    [InlineData("a deal valued at $11 billion in 2022, runs campuses", "2022")]
    [InlineData("SoftBank bought Arm in 2016", "2016")]
    [InlineData("said on Monday", "2025-08-18")]
    [InlineData("agreements announced last Thursday", "2025-08-14")]
    [InlineData("as Bloomberg reported last month", "2025-07")]
    [InlineData("unveiled two months ago", "2025-06")]
    [InlineData("earlier this year", "2025")]
    [InlineData("In March of this year", "2025-03")]
    [InlineData("named it its preferred partner last August", "2024-08")]
    [InlineData("Last July, the company paid $2.4 billion", "2025-07")]
    [InlineData("the deal it struck this past March", "2025-03")]
    [InlineData("the plant opens next February", "2026-02")]
    public void Parse_ResolvesDate(string text, string expected)
    {
        var date = DateParser.Parse(text, Anchor).First(d => !d.YearInferred);

        Assert.Equal(expected, date.Value.ToIsoString());
    }

    [Fact]
    public void Parse_MarksQuarterPrecision()
    {
        var date = Assert.Single(DateParser.Parse("in the first quarter of 2027", null));

        Assert.Equal(PartialDate.Quarter(2027, 1), date.Value);
    }

    [Theory]
    [InlineData("on Tuesday")]
    [InlineData("last month")]
    [InlineData("last August")]
    public void Parse_LeavesRelativeDateOut_WithoutAnchor(string text) => Assert.Empty(DateParser.Parse(text, null));

    // "a year after Quorvant closed its round" is measured from an event, not from the article's date.
    [Theory]
    [InlineData("The money comes less than a year after Quorvant closed its Series A.")]
    [InlineData("It came two months before the listing.")]
    public void Parse_LeavesTimeFromAnEventOut(string text) => Assert.Empty(DateParser.Parse(text, Anchor));

    [Fact]
    public void Parse_MarksYearAsInferred_WhenTextGivesNone()
    {
        var date = Assert.Single(DateParser.Parse("applications are open until August 8.", Anchor));

        Assert.True(date.YearInferred);
    }

    [Theory]
    [InlineData("Headline\n\nPublished: August 19, 2025\n\nBody text.", "2025-08-19")]
    [InlineData("Headline\nTOKYO, March 20, 2025 —\nBody.", "2025-03-20")]
    [InlineData("AI News\nMeta and Amazon Form Partnership\nby | Apr 24, 2026\nBody.", "2026-04-24")]
    [InlineData("Headline\n\nSANTA CLARA, Calif., Feb. 15, 2022 \u2014 Pellucid Labs completed its purchase of Halvora on Monday.", "2022-02-15")]
    [InlineData("Headline\n\nTORONTO, Dec. 2, 2024 \u2014 Pellucid Labs said on Monday it raised $10 million.", "2024-12-02")]
    [InlineData("Headline\n\nTOKYO, Feb 3, 2025 (Wire) - Pellucid Labs will pay $3 billion a year for software.", "2025-02-03")]
    [InlineData("Headline\n\nOSLO, Nov. 12, 2025 - Pellucid Labs said on Wednesday it had raised $20 million.", "2025-11-12")]
    [InlineData("Headline\n\nHOUSTON, Jan. 28, 2025 -- Pellucid Labs and Halvora said they would form a venture.", "2025-01-28")]
    [InlineData("Headline\n\nJuly 16, 2021 | Semiconductors\nBy A. Writer\n\nBody text.", "2021-07-16")]
    [InlineData("Headline\n\nOct. 26, 2023 \u2014 WASHINGTON\n\nBody text.", "2023-10-26")]
    [InlineData("Headline\n\nSAN FRANCISCO, September 5, 2025\nBody text.", "2025-09-05")]
    [InlineData("Headline\n\nJUNO BEACH, Fla., Dec. 9, 2025\nBody text.", "2025-12-09")]
    public void FindPublished_ReadsDateline(string text, string expected) =>
        Assert.Equal(expected, DateParser.FindPublished(text)?.ToIsoString());

    // A body sentence that only mentions a year before a dash is no dateline.
    [Fact]
    public void FindPublished_IgnoresDashInBodySentence() =>
        Assert.Null(DateParser.FindPublished("Headline\n\nMicrosoft, which agreed the deal in March 2024 \u2014 a record \u2014 said more was coming, and the company expects growth for years to come, far beyond anything seen before in the industry."));

    // A hyphenated word after a year ("2025-ready") is no dash of a dateline.
    [Fact]
    public void FindPublished_IgnoresHyphenatedWordAfterYear() =>
        Assert.Null(DateParser.FindPublished("Headline\n\nPELLUCID, the lab founded in May 2025-era hype, said more was coming, and the company expects growth for years to come, far beyond anything seen before in the industry."));

    // A short line that opens with a date and goes on as a sentence is no dateline.
    [Fact]
    public void FindPublished_IgnoresShortSentenceOpeningWithADate() =>
        Assert.Null(DateParser.FindPublished("Headline\n\nMarch 3, 2024 was a big day for the company and its investors\nBody text."));

    [Fact]
    public void FindPublished_IgnoresUpdatedLine() =>
        Assert.Null(DateParser.FindPublished("Headline\nUpdated: Oct. 30, 2025\nThe company said on Monday it would build a plant."));

    // Patterns accept any Unicode decimal digit; such numbers are read, not a reason for extraction to fail.
    [Fact]
    public void Extract_NonAsciiDigits_AreReadNotFatal()
    {
        var doc = DealExtractor.CreateDefault().Extract(new ExtractionInput("News\n\nMicrosoft invested $\u0661\u0660 million in Pellucid Labs in March 198\u0663."));

        Assert.Contains(doc.Amounts, a => a.Usd == 10_000_000m);
        Assert.Contains(doc.Dates, d => d.Value.ToIsoString() == "1983-03");
    }
}
