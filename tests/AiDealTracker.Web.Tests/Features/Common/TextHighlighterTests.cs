using AiDealTracker.Web.Features.Common;

namespace AiDealTracker.Web.Tests.Features.Common;

public class TextHighlighterTests
{
    [Fact]
    public void Segments_MarksSpansAndKeepsTheRestAsPlainText()
    {
        var segments = TextHighlighter.Segments("Nvidia invests $2B in xAI.", [new(0, 6, "company"), new(15, 18, "amount")]);

        Assert.Equal(
            [new("Nvidia", "company"), new(" invests "), new("$2B", "amount"), new(" in xAI.")],
            segments);
    }

    [Fact]
    public void Segments_OverlappingSpans_AreClippedNotDuplicated()
    {
        var segments = TextHighlighter.Segments("abcdefghij", [new(2, 6, "a"), new(4, 8, "b")]);

        Assert.Equal("abcdefghij", string.Concat(segments.Select(s => s.Text)));
        Assert.Equal([new("ab"), new("cdef", "a"), new("gh", "b"), new("ij")], segments);
    }

    [Fact]
    public void Segments_SpansOutsideTheText_AreIgnored()
    {
        var segments = TextHighlighter.Segments("short", [new(3, 50, "x"), new(-5, -1, "y")]);

        Assert.Equal([new("sho"), new("rt", "x")], segments);
    }

    [Fact]
    public void Window_WidensToWordBoundaries()
    {
        var text = "one two three four five six seven eight nine ten";

        var (from, to) = TextHighlighter.Window(text, 14, 18, 6);

        Assert.Equal("three four five", text[from..to].Trim());
    }
}
