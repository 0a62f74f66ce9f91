using System.Buffers;

namespace AiDealTracker.Core.Extraction;

/// <summary>
/// Where the words of a set occur in one text, found with one search over the whole text the first time a window asks, so
/// that many short windows of the same text (the 70 characters before each candidate name) need no search of their own.
/// </summary>
internal sealed class WordOccurrences(string text, string[] words, SearchValues<string> values, StringComparison comparison)
{
    // Each offset where a word starts, ascending, and the end of the shortest word starting there.
    private List<int>? _starts;
    private List<int>? _ends;

    /// <summary>Whether a word lies wholly inside [start, end): what <c>text.AsSpan(start, end - start).ContainsAny(values)</c> answers.</summary>
    public bool AnyWithin(int start, int end)
    {
        if (_starts is null)
        {
            Find();
        }

        var k = _starts!.BinarySearch(start);
        for (k = k < 0 ? ~k : k; k < _starts.Count && _starts[k] < end; k++)
        {
            if (_ends![k] <= end)
            {
                return true;
            }
        }

        return false;
    }

    private void Find()
    {
        _starts = TextSearch.Occurrences(text, values);
        _ends = new List<int>(_starts.Count);
        foreach (var start in _starts)
        {
            var end = int.MaxValue;
            foreach (var word in words)
            {
                if (word.Length < end - start && text.AsSpan(start).StartsWith(word, comparison))
                {
                    end = start + word.Length;
                }
            }

            _ends.Add(end);
        }
    }
}
