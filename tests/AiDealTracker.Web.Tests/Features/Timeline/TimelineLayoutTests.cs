using AiDealTracker.Core.Domain;
using AiDealTracker.Web.Features.Timeline;

namespace AiDealTracker.Web.Tests.Features.Timeline;

public class TimelineLayoutTests
{
    private static readonly TimelineWindow Year2025 = new(TimelineZoom.Years, new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31));

    [Fact]
    public void Layout_MonthPrecisionDeal_SpansItsWholeMonth()
    {
        var deal = new TimelineDeal(1, "March deal", DealType.Investment, 1m, PartialDate.Month(2025, 3));

        var layout = new TimelineLayout(Year2025, [deal], 365, 10);

        var bar = Assert.Single(layout.Bars);
        Assert.False(bar.IsPoint);
        Assert.Equal(31 + 28, bar.X, 3);
        Assert.Equal(31, bar.Width, 3);
    }

    [Fact]
    public void Layout_DayPrecisionDeal_IsADot()
    {
        var deal = new TimelineDeal(1, "Day deal", DealType.Investment, 1m, PartialDate.Day(2025, 3, 19));

        var bar = Assert.Single(new TimelineLayout(Year2025, [deal], 365, 10).Bars);

        Assert.True(bar.IsPoint);
        Assert.Equal(TimelineLayout.PointWidth, bar.Width);
    }

    [Fact]
    public void Layout_OverlappingDeals_GoOnDifferentLanesWithoutOverlap()
    {
        var deals = Enumerable.Range(1, 30)
            .Select(i => new TimelineDeal(i, $"Deal {i}", DealType.ChipSupply, i, i % 2 == 0 ? PartialDate.Quarter(2025, 2) : PartialDate.Day(2025, 4, 1 + (i % 20))))
            .ToList();

        var layout = new TimelineLayout(Year2025, deals, 1000, 50);

        Assert.Equal(30, layout.Bars.Count);
        foreach (var lane in layout.Bars.GroupBy(b => b.Lane))
        {
            var ordered = lane.OrderBy(b => b.X).ToList();
            Assert.All(ordered.Zip(ordered.Skip(1)), pair => Assert.True(pair.First.X + pair.First.Width <= pair.Second.X, "bars overlap on a lane"));
        }
    }

    [Fact]
    public void Layout_MoreDealsThanLanes_CountsTheHiddenOnesAndKeepsTheLargest()
    {
        var deals = Enumerable.Range(1, 5).Select(i => new TimelineDeal(i, $"Deal {i}", DealType.Power, i * 10m, PartialDate.Month(2025, 6))).ToList();

        var layout = new TimelineLayout(Year2025, deals, 1000, 2);

        Assert.Equal(2, layout.Bars.Count);
        Assert.Equal(3, layout.Hidden);
        Assert.Equal([5, 4], layout.Bars.OrderBy(b => b.Lane).Select(b => b.Deal.Id));
    }

    [Fact]
    public void Layout_YearPrecisionDealReachingIntoTheWindow_IsClippedToTheWindow()
    {
        var window = new TimelineWindow(TimelineZoom.Months, new DateOnly(2025, 7, 1), new DateOnly(2025, 12, 31));
        var deal = new TimelineDeal(1, "Sometime in 2025", DealType.Other, null, PartialDate.Year(2025));

        var bar = Assert.Single(new TimelineLayout(window, [deal], 184, 5).Bars);

        Assert.Equal(0, bar.X);
        Assert.Equal(184, bar.Width, 3);
    }
}
