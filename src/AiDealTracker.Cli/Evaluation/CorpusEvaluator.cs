using AiDealTracker.Cli.Extraction;
using AiDealTracker.Core.Extraction;

namespace AiDealTracker.Cli.Evaluation;

/// <summary>Runs extraction over the articles a gold file names and scores the result.</summary>
internal static class CorpusEvaluator
{
    public static (EvaluationReport Report, List<(GoldDocument Gold, GoldDocument Predicted)> Pairs, List<string> Errors) Run(
        string goldPath, string articlesFolder, IArticleExtractor extractor)
    {
        var golds = GoldFile.Parse(File.ReadAllText(goldPath));
        var pairs = new List<(GoldDocument, GoldDocument)>();
        var errors = new List<string>();
        foreach (var gold in golds)
        {
            var file = Path.Combine(articlesFolder, Path.GetFileName(gold.File));
            if (!File.Exists(file))
            {
                file = Path.Combine(articlesFolder, gold.File);
            }

            var (_, extracted, error) = ArticleFiles.Extract(file, extractor);
            if (extracted is null)
            {
                errors.Add($"{gold.Id}: {error}");
                pairs.Add((gold, gold with { Companies = [], Models = [], Hardware = [], Amounts = [], Deals = [], Published = null }));
                continue;
            }

            pairs.Add((gold, GoldFile.FromExtraction(gold.Id, gold.File, extracted)));
        }

        return (ExtractionScorer.Score(pairs), pairs, errors);
    }
}
