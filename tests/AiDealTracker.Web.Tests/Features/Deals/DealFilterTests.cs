using AiDealTracker.Core.Domain;
using AiDealTracker.Web.Features.Deals;

namespace AiDealTracker.Web.Tests.Features.Deals;

public class DealFilterTests
{
    [Fact]
    public void ToQueryString_ParsedBack_GivesTheSameFilter()
    {
        var filter = new DealFilter("AT&T Inc", DealType.ChipSupply, DealStatus.Completed, new DateOnly(2024, 1, 1), new DateOnly(2025, 6, 30), 1_000_000m, "gpu", 5_000_000_000m);

        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(filter.ToQueryString());
        var parsed = DealFilter.FromQuery(query["company"], query["type"], query["status"], query["from"], query["to"], query["min"], query["q"], query["max"]);

        Assert.Equal(filter, parsed);
    }

    [Fact]
    public void FromQuery_PartialDates_CoverTheirWholePeriod()
    {
        var filter = DealFilter.FromQuery(null, null, null, "2025-03", "2025-Q2", null);

        Assert.Equal(new DateOnly(2025, 3, 1), filter.From);
        Assert.Equal(new DateOnly(2025, 6, 30), filter.To);
    }

    [Fact]
    public void FromQuery_Garbage_IsIgnored()
    {
        var filter = DealFilter.FromQuery(" ", "not-a-type", "??", "someday", "2025-13-45", "-5", null, "x");

        Assert.True(filter.IsEmpty);
    }
}
