namespace AiDealTracker.Cli.Evaluation;

/// <summary>Compares extracted documents with gold documents: sets of names, amount values within a relative tolerance,
/// and deals matched one-to-one on (set of parties, type).</summary>
internal static class ExtractionScorer
{
    private const decimal Tolerance = 0.005m;

    public static EvaluationReport Score(IReadOnlyList<(GoldDocument Gold, GoldDocument Predicted)> pairs)
    {
        int[] companies = [0, 0, 0], models = [0, 0, 0], hardware = [0, 0, 0], amounts = [0, 0, 0], deals = [0, 0, 0];
        int matched = 0, amountOk = 0, dateOk = 0, statusOk = 0, publishedOk = 0;
        foreach (var (gold, predicted) in pairs)
        {
            CountSets(gold.Companies, predicted.Companies, companies);
            CountSets(gold.Models, predicted.Models, models);
            CountSets(gold.Hardware, predicted.Hardware, hardware);
            CountAmounts(gold.Amounts, predicted.Amounts, amounts);
            if (string.Equals(gold.Published, predicted.Published, StringComparison.Ordinal))
            {
                publishedOk++;
            }

            var unused = predicted.Deals.ToList();
            foreach (var g in gold.Deals)
            {
                var candidates = unused.Where(p => SameDeal(g, p)).ToList();
                var match = candidates.FirstOrDefault(p => SameAmount(g.AmountUsd, p.AmountUsd)) ?? candidates.FirstOrDefault();
                if (match is null)
                {
                    deals[2]++;
                    continue;
                }

                unused.Remove(match);
                deals[0]++;
                matched++;
                amountOk += SameAmount(g.AmountUsd, match.AmountUsd) ? 1 : 0;
                dateOk += string.Equals(g.Date, match.Date, StringComparison.Ordinal) ? 1 : 0;
                statusOk += string.Equals(g.Status, match.Status, StringComparison.OrdinalIgnoreCase) ? 1 : 0;
            }

            deals[1] += unused.Count;
        }

        return new EvaluationReport(
            pairs.Count,
            [
                new Score("companies", companies[0], companies[1], companies[2]),
                new Score("models", models[0], models[1], models[2]),
                new Score("hardware", hardware[0], hardware[1], hardware[2]),
                new Score("amounts", amounts[0], amounts[1], amounts[2]),
                new Score("deals", deals[0], deals[1], deals[2]),
            ],
            matched,
            amountOk,
            dateOk,
            statusOk,
            publishedOk);
    }

    public static bool SameDeal(GoldDeal a, GoldDeal b) =>
        string.Equals(a.Type, b.Type, StringComparison.OrdinalIgnoreCase)
        && a.Parties.ToHashSet(StringComparer.OrdinalIgnoreCase).SetEquals(b.Parties);

    public static bool SameAmount(decimal? a, decimal? b) =>
        (a is null && b is null) || (a is not null && b is not null && Math.Abs(a.Value - b.Value) <= Tolerance * Math.Max(Math.Abs(a.Value), Math.Abs(b.Value)));

    private static void CountSets(IEnumerable<string> gold, IEnumerable<string> predicted, int[] counts)
    {
        var g = gold.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var p = predicted.ToHashSet(StringComparer.OrdinalIgnoreCase);
        counts[0] += g.Count(p.Contains);
        counts[1] += p.Count(x => !g.Contains(x));
        counts[2] += g.Count(x => !p.Contains(x));
    }

    private static void CountAmounts(IEnumerable<decimal> gold, IEnumerable<decimal> predicted, int[] counts)
    {
        var g = Distinct(gold);
        var p = Distinct(predicted);
        var tp = g.Count(x => p.Any(y => SameAmount(x, y)));
        counts[0] += tp;
        counts[1] += p.Count(y => !g.Any(x => SameAmount(x, y)));
        counts[2] += g.Count - tp;
    }

    private static List<decimal> Distinct(IEnumerable<decimal> values)
    {
        var result = new List<decimal>();
        foreach (var v in values)
        {
            if (!result.Any(r => SameAmount(r, v)))
            {
                result.Add(v);
            }
        }

        return result;
    }
}
