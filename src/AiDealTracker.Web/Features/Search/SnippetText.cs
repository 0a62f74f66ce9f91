using AiDealTracker.Web.Features.Common;

namespace AiDealTracker.Web.Features.Search;

/// <summary>
/// FTS5 marks matches in snippet() and highlight() with delimiters we choose; private-use characters that never occur
/// in articles. This splits on them into text segments, so the markup is built by components and the text stays text.
/// </summary>
public static class SnippetText
{
    public const char Open = '\uE000';
    public const char Close = '\uE001';

    public static IReadOnlyList<TextSegment> Parse(string? marked)
    {
        var segments = new List<TextSegment>();
        if (string.IsNullOrEmpty(marked))
        {
            return segments;
        }

        var inside = false;
        var start = 0;
        for (var i = 0; i <= marked.Length; i++)
        {
            if (i < marked.Length && marked[i] != Open && marked[i] != Close)
            {
                continue;
            }

            if (i > start)
            {
                segments.Add(new TextSegment(marked[start..i], inside ? "hit" : null));
            }

            if (i < marked.Length)
            {
                inside = marked[i] == Open;
            }

            start = i + 1;
        }

        return segments;
    }
}
