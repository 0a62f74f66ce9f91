using AiDealTracker.Core.Domain;
using AiDealTracker.Core.Ingestion.Html;

namespace AiDealTracker.Core.Tests.Ingestion.Html;

public class PublishedDateParserTests
{
    [Theory]
    [InlineData("2025-05-14T07:40:00+03:00", "2025-05-14")]
    [InlineData("2021-11-01T10:52:50+0100", "2021-11-01")]
    [InlineData("2015-03-27T13:07:55.096Z", "2015-03-27")]
    [InlineData("2019-04-28 06:01:07", "2019-04-28")]
    [InlineData("2024-06-25", "2024-06-25")]
    [InlineData("2024-06", "2024-06")]
    [InlineData("20240517", "2024-05-17")]
    [InlineData("Fri, 24 Jul 2015 05:36:09 GMT", "2015-07-24")]
    [InlineData("May 17, 2024", "2024-05-17")]
    [InlineData("17 May 2024", "2024-05-17")]
    [InlineData("  2025-10-28T06:00:00-05:00  ", "2025-10-28")]
    public void TryParse_ReadsTheWrittenCalendarDate(string text, string expected)
    {
        Assert.True(PublishedDateParser.TryParse(text, out var date));
        Assert.Equal(expected, date.ToIsoString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("2024-13-01")]
    [InlineData("2024-02-30")]
    [InlineData("12/10")]
    public void TryParse_Refuses_WhatIsNotADate(string text)
    {
        Assert.False(PublishedDateParser.TryParse(text, out _));
    }

    [Theory]
    [InlineData("https://news.example/2024/05/17/nvidia-intel/", "2024-05-17", DatePrecision.Day)]
    [InlineData("https://eurotechledger.example/2025/09/asml-mistral-series-c/", "2025-09", DatePrecision.Month)]
    [InlineData("/2023/1/5/story.html", "2023-01-05", DatePrecision.Day)]
    public void TryParseUrl_ReadsDayOrMonth_FromThePath(string url, string expected, DatePrecision precision)
    {
        Assert.True(PublishedDateParser.TryParseUrl(url, out var date));
        Assert.Equal(expected, date.ToIsoString());
        Assert.Equal(precision, date.Precision);
    }

    [Theory]
    [InlineData("https://news.example/markets/core-scientific-vote")]
    [InlineData("https://news.example/2024/13/story")]
    [InlineData("https://news.example/1850/05/story")]
    [InlineData(null)]
    public void TryParseUrl_Refuses_UrlsWithoutADate(string? url)
    {
        Assert.False(PublishedDateParser.TryParseUrl(url, out _));
    }
}
