using AiDealTracker.Web.Features.Timeline;

namespace AiDealTracker.Web.Tests.Features.Timeline;

public class TimelineWindowTests
{
    [Fact]
    public void For_Years_CoversWholeYearsOfTheData()
    {
        var window = TimelineWindow.For(TimelineZoom.Years, null, new DateOnly(2021, 5, 3), new DateOnly(2024, 2, 1));

        Assert.Equal(new DateOnly(2021, 1, 1), window.Start);
        Assert.Equal(new DateOnly(2024, 12, 31), window.End);
        Assert.Equal(["2021", "2022", "2023", "2024"], window.Ticks().Select(t => t.Label));
    }

    [Fact]
    public void For_WeeksAtADate_StartsOnMondayAndLastsEightWeeks()
    {
        var window = TimelineWindow.For(TimelineZoom.Weeks, new DateOnly(2025, 3, 19), new DateOnly(2020, 1, 1), new DateOnly(2026, 1, 1));

        Assert.Equal(new DateOnly(2025, 3, 17), window.Start);
        Assert.Equal(56, window.Days);
        Assert.Equal(8, window.Ticks().Count);
    }

    [Fact]
    public void For_MonthsWithoutAnchor_EndsAtTheLatestData()
    {
        var window = TimelineWindow.For(TimelineZoom.Months, null, new DateOnly(2020, 1, 1), new DateOnly(2025, 9, 15));

        Assert.True(window.Start <= new DateOnly(2025, 9, 15) && window.End >= new DateOnly(2025, 9, 15));
        Assert.True(window.ChartByMonth);
    }

    [Theory]
    [InlineData(TimelineZoom.Quarters, -1)]
    [InlineData(TimelineZoom.Months, 1)]
    public void Shifted_MovesByHalfTheWindow(TimelineZoom zoom, int direction)
    {
        var window = TimelineWindow.For(zoom, new DateOnly(2024, 1, 1), new DateOnly(2020, 1, 1), new DateOnly(2026, 1, 1));

        var moved = window.Shifted(direction);

        Assert.Equal(direction * (window.Days / 2), moved.DayNumber - window.Start.DayNumber);
    }
}
