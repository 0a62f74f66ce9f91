using AiDealTracker.Core.Domain;
using AiDealTracker.Web.Api;
using AiDealTracker.Web.Features.Deals;

namespace AiDealTracker.Web.Tests.Api;

public class DealCsvTests
{
    [Fact]
    public void Line_CommasQuotesAndFormulas_AreEscaped()
    {
        var row = new DealRow(7, "=HYPERLINK(\"x\"), then \"more\"", DealType.ChipSupply, DealStatus.Reported, 1_500_000m,
            new DateOnly(2025, 3, 1), DatePrecision.Month, 0.8, ReviewState.Pending, ["A, Inc.", "B"], 2);

        var line = DealCsv.Line(row);

        Assert.Equal("7,2025-03-01,month,chip-supply,reported,1500000,\"'=HYPERLINK(\"\"x\"\"), then \"\"more\"\"\",\"A, Inc.; B\",2,0.8,pending", line);
    }
}
