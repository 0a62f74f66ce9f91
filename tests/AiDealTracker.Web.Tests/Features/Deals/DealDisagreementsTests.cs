using AiDealTracker.Core.Domain;
using AiDealTracker.Web.Features.Deals;

namespace AiDealTracker.Web.Tests.Features.Deals;

public class DealDisagreementsTests
{
    [Fact]
    public void Find_DifferentAmounts_FlagsTheAmount()
    {
        var claims = new[]
        {
            Claim(1, 10_000_000_000m, PartialDate.Month(2025, 3)),
            Claim(2, 14_000_000_000m, PartialDate.Day(2025, 3, 19)),
        };

        var found = DealDisagreements.Find(claims);

        var amount = Assert.Single(found);
        Assert.Equal("Amount", amount.Field);
        Assert.Equal(["$10B", "$14B"], amount.Values.Select(v => v.Value));
    }

    [Fact]
    public void Find_DatesInDifferentMonths_FlagsTheDate()
    {
        var found = DealDisagreements.Find([Claim(1, null, PartialDate.Month(2025, 3)), Claim(2, null, PartialDate.Day(2025, 5, 2))]);

        Assert.Equal("Date", Assert.Single(found).Field);
    }

    [Fact]
    public void Find_OneSource_FlagsNothing() => Assert.Empty(DealDisagreements.Find([Claim(1, 5m, PartialDate.Year(2025))]));

    private static DealClaimView Claim(int articleId, decimal? amount, PartialDate date) =>
        new(articleId, $"Article {articleId}", null, DealType.Investment, DealStatus.Announced, amount, date.Start, date.Precision, 0.9);
}
