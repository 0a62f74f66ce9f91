using System.Text.RegularExpressions;

namespace AiDealTracker.Core.Editing;

/// <summary>An article's sentences with their spans, for picking the evidence of a fact by hand.</summary>
public static partial class Sentences
{
    public static IReadOnlyList<Sentence> Split(string text)
    {
        var sentences = new List<Sentence>();
        var start = 0;
        foreach (Match boundary in Boundary().Matches(text))
        {
            Add(sentences, text, start, boundary.Index);
            start = boundary.Index + boundary.Length;
        }

        Add(sentences, text, start, text.Length);
        return sentences;
    }

    private static void Add(List<Sentence> sentences, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add(new Sentence(start, end, text[start..end]));
        }
    }

    // "... $10 billion. Nvidia said" splits after the full stop; "\n\n" splits paragraphs.
    [GeneratedRegex(@"(?<=[.!?][""')\]]?)\s+(?=[A-Z0-9""'(])|\n\s*\n")]
    private static partial Regex Boundary();
}
