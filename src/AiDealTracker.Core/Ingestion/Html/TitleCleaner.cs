using System.Text.RegularExpressions;

namespace AiDealTracker.Core.Ingestion.Html;

/// <summary>Tidies a page title: collapses whitespace and drops a trailing site name from a <c>&lt;title&gt;</c>.</summary>
public static partial class TitleCleaner
{
    private const int MinWordsLeft = 3;

    /// <summary>"Nvidia buys a stake in Intel | Chip News" gives "Nvidia buys a stake in Intel"; "Mozilla - Wikipedia" stays whole (too little would be left).</summary>
    public static string CleanDocumentTitle(string title)
    {
        title = TextNormalizer.CollapseWhitespace(title);
        var separators = SiteSeparator().Matches(title);
        if (separators.Count == 0)
        {
            return title;
        }

        var last = separators[^1];
        var head = title[..last.Index].Trim();
        if (CountWords(head) >= MinWordsLeft)
        {
            return head;
        }

        // "Site Name | A headline long enough to stand alone"
        var first = separators[0];
        var tail = title[(first.Index + first.Length)..].Trim();
        return CountWords(title[..first.Index]) <= 2 && CountWords(tail) >= MinWordsLeft + 2 && separators.Count == 1 ? tail : title;
    }

    public static int CountWords(string text) => Words().Count(text);

    [GeneratedRegex(@"\s+[|\-–—»·/]\s+|\s+::\s+", RegexOptions.CultureInvariant)]
    private static partial Regex SiteSeparator();

    [GeneratedRegex(@"\S+", RegexOptions.CultureInvariant)]
    private static partial Regex Words();
}
