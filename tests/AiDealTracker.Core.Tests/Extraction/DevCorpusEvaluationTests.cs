using AiDealTracker.Cli.Evaluation;
using AiDealTracker.Core.Extraction;

namespace AiDealTracker.Core.Tests.Extraction;

/// <summary>Regression floor on the shared development corpus: measured scores minus a margin (see docs/extraction.md).</summary>
public class DevCorpusEvaluationTests
{
    [DevCorpusFact]
    public void Evaluate_StaysAboveMeasuredFloor()
    {
        var corpus = DevCorpusFactAttribute.Folder;

        var (report, _, errors) = CorpusEvaluator.Run(Path.Combine(corpus, "gold.jsonl"), Path.Combine(corpus, "articles"), DealExtractor.CreateDefault());

        Assert.Empty(errors);
        Assert.True(report["companies"].F1 >= 0.90, $"company F1 {report["companies"].F1:0.000}");
        Assert.True(report["models"].F1 >= 0.90, $"model F1 {report["models"].F1:0.000}");
        Assert.True(report["hardware"].F1 >= 0.90, $"hardware F1 {report["hardware"].F1:0.000}");
        Assert.True(report["amounts"].F1 >= 0.93, $"amount F1 {report["amounts"].F1:0.000}");
        Assert.True(report["deals"].F1 >= 0.58, $"deal F1 {report["deals"].F1:0.000}");
    }

    [Fact]
    public void Evaluate_ScoresSeedsAgainstHandLabels()
    {
        var gold = Path.Combine(TestPaths.Root, "tests", "AiDealTracker.Core.Tests", "Extraction", "Golden", "seeds.gold.jsonl");

        var (report, _, errors) = CorpusEvaluator.Run(gold, TestPaths.Seeds, DealExtractor.CreateDefault());

        Assert.Empty(errors);
        Assert.True(report["deals"].F1 >= 0.75, $"seed deal F1 {report["deals"].F1:0.000}");
        Assert.True(report["companies"].F1 >= 0.95, $"seed company F1 {report["companies"].F1:0.000}");
    }
}
