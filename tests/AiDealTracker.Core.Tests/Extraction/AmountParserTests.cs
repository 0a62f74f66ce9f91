using AiDealTracker.Core.Domain;
using AiDealTracker.Core.Extraction;

namespace AiDealTracker.Core.Tests.Extraction;

public class AmountParserTests
{
    private static readonly AmountParser Parser = new(Lexicon.LoadDefault());

    [Theory]
    [InlineData("Meta made a $14.3 billion investment.", 14_300_000_000, "USD", AmountQualifier.Exact)]
    [InlineData("worth up to $3 billion", 3_000_000_000, "USD", AmountQualifier.UpTo)]
    [InlineData("about $5.7 billion", 5_700_000_000, "USD", AmountQualifier.About)]
    [InlineData("more than $100 million to his company", 100_000_000, "USD", AmountQualifier.MoreThan)]
    [InlineData("a €1.3 billion investment", 1_430_000_000, "EUR", AmountQualifier.Exact)]
    [InlineData("a £500 million equity stake", 650_000_000, "GBP", AmountQualifier.Exact)]
    [InlineData("an ₹855-crore joint venture", 102_600_000, "INR", AmountQualifier.Exact)]
    [InlineData("a combined investment of about ₹1,26,000 crore", 15_120_000_000, "INR", AmountQualifier.About)]
    [InlineData("raised €600m last year", 660_000_000, "EUR", AmountQualifier.Exact)]
    [InlineData("a $2.5bn round", 2_500_000_000, "USD", AmountQualifier.Exact)]
    [InlineData("$250k in credits", 250_000, "USD", AmountQualifier.Exact)]
    [InlineData("closed at $118.42", 118.42, "USD", AmountQualifier.Exact)]
    [InlineData("a Rs 855 crore order", 102_600_000, "INR", AmountQualifier.Exact)]
    [InlineData("(Rs. 855 crore)", 102_600_000, "INR", AmountQualifier.Exact)]
    [InlineData("10 billion dollars", 10_000_000_000, "USD", AmountQualifier.Exact)]
    public void Parse_ReturnsUsdValue_ForWrittenAmount(string text, double usd, string currency, AmountQualifier qualifier)
    {
        var amount = Assert.Single(Parser.Parse(text));

        Assert.Equal((decimal)usd, amount.Usd);
        Assert.Equal(currency, amount.Currency);
        Assert.Equal(qualifier, amount.Qualifier);
    }

    [Theory]
    [InlineData("$5-6 billion", 5_000_000_000, 6_000_000_000)]
    [InlineData("between $47 to $55 a share", 47, 55)]
    [InlineData("$60 billion to $65 billion of capex", 60_000_000_000, 65_000_000_000)]
    public void Parse_ReturnsBothEnds_ForRange(string text, double low, double high)
    {
        var amounts = Parser.Parse(text);

        Assert.Equal([(decimal)low, (decimal)high], amounts.Select(a => a.Usd!.Value));
        Assert.All(amounts, a => Assert.Equal(AmountQualifier.Range, a.Qualifier));
    }

    [Fact]
    public void Parse_KeepsUnitCountAndTotal_ForPerUnitAmount()
    {
        var amount = Assert.Single(Parser.Parse("offer 30 U.S.-based startups up to $200,000 AWS cloud computing credits each."));

        Assert.True(amount.PerUnit);
        Assert.Equal(200_000m, amount.Usd);
        Assert.Equal(30, amount.UnitCount);
        Assert.Equal(6_000_000m, amount.TotalUsd);
        Assert.Equal(AmountQualifier.UpTo, amount.Qualifier);
    }

    [Fact]
    public void Parse_UsesWrittenDollars_WhenForeignAmountHasEquivalent()
    {
        var amounts = Parser.Parse("it would spend £22 billion ($30 billion) in the UK");

        Assert.Equal(30_000_000_000m, amounts[0].Usd);
        Assert.True(amounts[0].UsdWritten);
    }

    [Fact]
    public void Parse_MarksPeriod_ForAnnualRate()
    {
        var amount = Assert.Single(Parser.Parse("a contract worth $30 billion annually"));

        Assert.Equal("year", amount.Period);
    }

    [Theory]
    [InlineData("billions of dollars")]
    [InlineData("a multibillion-dollar investment")]
    [InlineData("in 2024 it hired 200 people")]
    public void Parse_FindsNothing_ForVagueOrNonMoney(string text) => Assert.Empty(Parser.Parse(text));

    // "covers 168 megawatts ... $3 billion": letters that end a word are no currency code ("rs", "usd").
    [Theory]
    [InlineData("The deal covers 168 megawatts of critical IT load and is worth about $3 billion.")]
    [InlineData("Its staff work 40 hours 5 days a week for $90,000 a year.")]
    public void Parse_FindsNoCurrencyCodeInsideAWord(string text)
    {
        var amount = Assert.Single(Parser.Parse(text));

        Assert.Equal("USD", amount.Currency);
    }
}
