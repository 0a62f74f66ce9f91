using System.Text.RegularExpressions;

namespace AiDealTracker.Cli.HtmlEvaluation;

/// <summary>Token-level F1 between two texts: lowercase word tokens compared as multisets, order ignored.</summary>
public static partial class TokenF1
{
    public static double Score(string ours, string expected)
    {
        var ourCounts = Count(Tokenize(ours));
        var expectedCounts = Count(Tokenize(expected));
        var ourTotal = ourCounts.Values.Sum();
        var expectedTotal = expectedCounts.Values.Sum();
        if (ourTotal == 0 && expectedTotal == 0)
        {
            return 1;
        }

        if (ourTotal == 0 || expectedTotal == 0)
        {
            return 0;
        }

        var common = ourCounts.Sum(pair => Math.Min(pair.Value, expectedCounts.GetValueOrDefault(pair.Key)));
        if (common == 0)
        {
            return 0;
        }

        var precision = (double)common / ourTotal;
        var recall = (double)common / expectedTotal;
        return 2 * precision * recall / (precision + recall);
    }

    /// <summary>"Nvidia's $5bn deal" gives nvidia, s, 5bn, deal; Chinese and Japanese characters count one token each.</summary>
    public static IEnumerable<string> Tokenize(string text) =>
        Token().Matches(text).Select(m => m.Value.ToLowerInvariant());

    private static Dictionary<string, int> Count(IEnumerable<string> tokens)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var token in tokens)
        {
            counts[token] = counts.GetValueOrDefault(token) + 1;
        }

        return counts;
    }

    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}\p{IsHiragana}\p{IsKatakana}]|(?:(?![\p{IsCJKUnifiedIdeographs}\p{IsHiragana}\p{IsKatakana}])[\p{L}\p{N}\p{M}])+", RegexOptions.CultureInvariant)]
    private static partial Regex Token();
}
