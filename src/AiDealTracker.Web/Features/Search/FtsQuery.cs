namespace AiDealTracker.Web.Features.Search;

/// <summary>
/// Turns what a reader typed into a safe FTS5 query: every word becomes a quoted term (so operators and quotes typed
/// by the reader are plain text), all terms must match, and a single word also matches as a prefix ("nvid" finds "Nvidia").
/// </summary>
public static class FtsQuery
{
    public const int MaxTerms = 8;

    public static string? Build(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var terms = text
            .Split((char[])[' ', '\t', '\n', '\r', ',', ';'], StringSplitOptions.RemoveEmptyEntries)
            .Select(t => new string(t.Where(c => char.IsLetterOrDigit(c) || c is '-' or '.' or '\'' or '&').ToArray()).Trim('-', '.', '\''))
            .Where(t => t.Length > 0)
            .Take(MaxTerms)
            .ToList();
        if (terms.Count == 0)
        {
            return null;
        }

        var quoted = terms.Select(t => "\"" + t.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"").ToList();
        // Prefix matching only for a single word: a prefix of a common word ("cloud*") makes a multi-word query slow.
        if (terms.Count == 1 && terms[0].Length >= 3)
        {
            quoted[^1] += "*";
        }

        return string.Join(' ', quoted);
    }
}
