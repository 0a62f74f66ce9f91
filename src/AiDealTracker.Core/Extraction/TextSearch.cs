using System.Buffers;

namespace AiDealTracker.Core.Extraction;

/// <summary>Every position where one of a set of characters or words starts, found with vectorised span searches.</summary>
internal static class TextSearch
{
    private delegate int IndexOf(ReadOnlySpan<char> span);

    public static List<int> Occurrences(string text, SearchValues<char> values) => Occurrences(text, span => span.IndexOfAny(values));

    public static List<int> Occurrences(string text, SearchValues<string> values) => Occurrences(text, span => span.IndexOfAny(values));

    /// <summary>The offsets inside a text of `length` characters, sorted, each once (in place).</summary>
    public static List<int> SortedUnique(List<int> offsets, int length)
    {
        offsets.RemoveAll(p => p < 0 || p >= length);
        offsets.Sort();
        var unique = 0;
        for (var k = 0; k < offsets.Count; k++)
        {
            if (unique == 0 || offsets[k] != offsets[unique - 1])
            {
                offsets[unique++] = offsets[k];
            }
        }

        offsets.RemoveRange(unique, offsets.Count - unique);
        return offsets;
    }

    private static List<int> Occurrences(string text, IndexOf indexOf)
    {
        var found = new List<int>();
        for (var from = 0; from < text.Length;)
        {
            var at = indexOf(text.AsSpan(from));
            if (at < 0)
            {
                break;
            }

            found.Add(from + at);
            from += at + 1;
        }

        return found;
    }
}
