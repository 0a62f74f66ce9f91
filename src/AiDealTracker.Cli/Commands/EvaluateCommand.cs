using AiDealTracker.Cli.Evaluation;
using AiDealTracker.Core.Extraction;

namespace AiDealTracker.Cli.Commands;

public sealed class EvaluateCommand : ICliCommand
{
    public string Name => "evaluate";

    public string Usage => "evaluate <gold.jsonl> <articles-folder> [--json] [--errors]   score extraction against gold labels";

    public async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellationToken)
    {
        var positional = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        if (positional.Count < 2 || !File.Exists(positional[0]) || !Directory.Exists(positional[1]))
        {
            await console.Error.WriteLineAsync("usage: " + Usage);
            return 2;
        }

        var (report, pairs, errors) = CorpusEvaluator.Run(positional[0], positional[1], DealExtractor.CreateDefault());
        foreach (var error in errors)
        {
            await console.Error.WriteLineAsync("evaluate: " + error);
        }

        if (args.Contains("--errors"))
        {
            foreach (var (gold, predicted) in pairs)
            {
                await console.Error.WriteLineAsync(Differences(gold, predicted));
            }
        }

        await console.Out.WriteAsync(args.Contains("--json") ? EvaluationTable.ToJson(report) + "\n" : EvaluationTable.ToMarkdown(report));
        return errors.Count > 0 ? 1 : 0;
    }

    private static string Differences(GoldDocument gold, GoldDocument predicted)
    {
        static string Diff(string field, IEnumerable<string> g, IEnumerable<string> p)
        {
            // Multiset differences: two gold deals with the same parties and type need two predicted ones.
            static List<string> Minus(IEnumerable<string> from, IEnumerable<string> take)
            {
                var left = from.ToList();
                foreach (var item in take)
                {
                    var at = left.FindIndex(x => string.Equals(x, item, StringComparison.OrdinalIgnoreCase));
                    if (at >= 0)
                    {
                        left.RemoveAt(at);
                    }
                }

                return left;
            }

            var missing = Minus(g, p);
            var extra = Minus(p, g);
            return missing.Count + extra.Count == 0 ? string.Empty : $"  {field}: missing [{string.Join(", ", missing)}] extra [{string.Join(", ", extra)}]\n";
        }

        static string Key(GoldDeal d) => $"{string.Join("+", d.Parties.Order(StringComparer.OrdinalIgnoreCase))} {d.Type}";
        static string Attributes(GoldDeal d) => $"{(d.AmountUsd is null ? "-" : GoldFile.Invariant(d.AmountUsd.Value))} {d.Date ?? "-"} {d.Status}";
        static string Deal(GoldDeal d) => $"{string.Join("+", d.Parties.Order(StringComparer.OrdinalIgnoreCase))} {d.Type} {(d.AmountUsd is null ? "-" : GoldFile.Invariant(d.AmountUsd.Value))} {d.Date ?? "-"} {d.Status}";

        var text = $"== {gold.Id} published gold={gold.Published ?? "-"} got={predicted.Published ?? "-"}\n"
            + Diff("companies", gold.Companies, predicted.Companies)
            + Diff("models", gold.Models, predicted.Models)
            + Diff("hardware", gold.Hardware, predicted.Hardware)
            + Diff("amounts", gold.Amounts.Select(GoldFile.Invariant), predicted.Amounts.Select(GoldFile.Invariant))
            + Diff("deals", gold.Deals.Select(Key), predicted.Deals.Select(Key));

        // Deals that match on parties and type but differ in amount, date or status.
        foreach (var g in gold.Deals)
        {
            var p = predicted.Deals.FirstOrDefault(d => string.Equals(Key(d), Key(g), StringComparison.OrdinalIgnoreCase));
            if (p is not null && !string.Equals(Deal(p), Deal(g), StringComparison.OrdinalIgnoreCase))
            {
                text += $"  deal {Key(g)}: gold {Attributes(g)} got {Attributes(p)}\n";
            }
        }

        return text;
    }
}
