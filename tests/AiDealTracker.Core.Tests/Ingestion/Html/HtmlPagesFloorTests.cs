using AiDealTracker.Cli.HtmlEvaluation;
using AiDealTracker.Core.Ingestion;

namespace AiDealTracker.Core.Tests.Ingestion.Html;

/// <summary>Guards the measured quality on ../shared/html-pages (see docs/html-extraction.md) against regressions.</summary>
public class HtmlPagesFloorTests
{
    // Measured 0.971 text F1 and 1.00 title exact match; a small margin absorbs harmless changes.
    private const double TextF1Floor = 0.95;
    private const double TitleFloor = 0.95;

    [SharedFolderFact("html-pages")]
    public void Evaluate_StaysAboveMeasuredQuality()
    {
        var report = new HtmlEvaluator(new DocumentReader(new DocumentReaderOptions())).Evaluate(Path.Combine(TestPaths.Shared, "html-pages"));

        Assert.True(report.Pages.Count >= 60, $"only {report.Pages.Count} pages found");
        Assert.True(report.MeanTextF1 >= TextF1Floor, $"mean text F1 {report.MeanTextF1:0.000} < {TextF1Floor}");
        Assert.True(report.TitleRate >= TitleFloor, $"title exact match {report.TitleRate:0.00} < {TitleFloor}");
    }
}
