using AiDealTracker.Core.Extraction;

namespace AiDealTracker.Core.Tests.Extraction;

public class MeasureParserTests
{
    [Theory]
    [InlineData("giving it a 49% stake", 49, "%", true)]
    [InlineData("cutting 14% of its global workforce", 14, "%", false)]
    [InlineData("a 10.5-gigawatt clean power framework", 10.5, "GW", false)]
    [InlineData("with 160 megawatts of critical IT load", 160, "MW", false)]
    [InlineData("at least 370GWh a year", 370, "GWh", false)]
    public void Parse_ReadsValueAndUnit(string text, double value, string unit, bool stake)
    {
        var measure = Assert.Single(MeasureParser.Parse(text));

        Assert.Equal((decimal)value, measure.Value);
        Assert.Equal(unit, measure.Unit);
        Assert.Equal(stake, measure.IsStake);
    }
}
