namespace AiDealTracker.Web.Features.Common;

/// <summary>Cuts a text into plain and highlighted segments, so markup is built by components and never parsed from text.</summary>
public static class TextHighlighter
{
    /// <summary>
    /// Segments of <paramref name="text"/> between <paramref name="from"/> and <paramref name="to"/>; spans outside the
    /// text are ignored and a span overlapping an earlier one is clipped to start where the earlier one ends.
    /// </summary>
    public static IReadOnlyList<TextSegment> Segments(string text, IEnumerable<HighlightSpan> spans, int from = 0, int? to = null)
    {
        var end = Math.Clamp(to ?? text.Length, 0, text.Length);
        var start = Math.Clamp(from, 0, end);
        var result = new List<TextSegment>();
        var cursor = start;
        foreach (var span in spans.Where(s => s.End > s.Start).OrderBy(s => s.Start).ThenByDescending(s => s.End))
        {
            var s = Math.Max(span.Start, cursor);
            var e = Math.Min(span.End, end);
            if (s >= e)
            {
                continue;
            }

            if (s > cursor)
            {
                result.Add(new TextSegment(text[cursor..s]));
            }

            result.Add(new TextSegment(text[s..e], span.Kind));
            cursor = e;
        }

        if (cursor < end)
        {
            result.Add(new TextSegment(text[cursor..end]));
        }

        return result;
    }

    /// <summary>
    /// The neighbourhood of [start, end) in <paramref name="text"/>, widened by about <paramref name="context"/>
    /// characters each side and snapped to whitespace, so a sentence is read in its paragraph.
    /// </summary>
    public static (int From, int To) Window(string text, int start, int end, int context)
    {
        start = Math.Clamp(start, 0, text.Length);
        end = Math.Clamp(end, start, text.Length);
        var from = Math.Max(0, start - context);
        var to = Math.Min(text.Length, end + context);
        if (from > 0 && !char.IsWhiteSpace(text[from - 1]))
        {
            var space = text.IndexOf(' ', from, start - from);
            from = space >= 0 ? space + 1 : from;
        }

        if (to < text.Length && !char.IsWhiteSpace(text[to]))
        {
            var space = text.LastIndexOf(' ', to - 1, to - end);
            to = space >= end ? space : to;
        }

        return (from, to);
    }
}
