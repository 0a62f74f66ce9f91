using System.Globalization;
using System.Text;
using System.Text.Json;

namespace AiDealTracker.Cli.Evaluation;

/// <summary>Prints an <see cref="EvaluationReport"/> as a Markdown table or as JSON.</summary>
internal static class EvaluationTable
{
    public static string ToMarkdown(EvaluationReport report)
    {
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine(inv, $"documents: {report.Documents}");
        sb.AppendLine();
        sb.AppendLine("| field | precision | recall | F1 | tp | fp | fn |");
        sb.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var s in report.Scores)
        {
            sb.AppendLine(inv, $"| {s.Field} | {s.Precision:0.000} | {s.Recall:0.000} | {s.F1:0.000} | {s.TruePositives} | {s.FalsePositives} | {s.FalseNegatives} |");
        }

        sb.AppendLine();
        sb.AppendLine("| over matched deals | accuracy | correct / matched |");
        sb.AppendLine("| --- | ---: | ---: |");
        sb.AppendLine(inv, $"| amount | {report.AmountAccuracy:0.000} | {report.AmountCorrect} / {report.MatchedDeals} |");
        sb.AppendLine(inv, $"| date | {report.DateAccuracy:0.000} | {report.DateCorrect} / {report.MatchedDeals} |");
        sb.AppendLine(inv, $"| status | {report.StatusAccuracy:0.000} | {report.StatusCorrect} / {report.MatchedDeals} |");
        sb.AppendLine(inv, $"| published (per document) | {(report.Documents == 0 ? 0 : (double)report.PublishedCorrect / report.Documents):0.000} | {report.PublishedCorrect} / {report.Documents} |");
        return sb.ToString();
    }

    public static string ToJson(EvaluationReport report)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteNumber("documents", report.Documents);
            foreach (var s in report.Scores)
            {
                w.WriteStartObject(s.Field);
                w.WriteNumber("precision", Math.Round(s.Precision, 4));
                w.WriteNumber("recall", Math.Round(s.Recall, 4));
                w.WriteNumber("f1", Math.Round(s.F1, 4));
                w.WriteNumber("tp", s.TruePositives);
                w.WriteNumber("fp", s.FalsePositives);
                w.WriteNumber("fn", s.FalseNegatives);
                w.WriteEndObject();
            }

            w.WriteNumber("matchedDeals", report.MatchedDeals);
            w.WriteNumber("amountAccuracy", Math.Round(report.AmountAccuracy, 4));
            w.WriteNumber("dateAccuracy", Math.Round(report.DateAccuracy, 4));
            w.WriteNumber("statusAccuracy", Math.Round(report.StatusAccuracy, 4));
            w.WriteNumber("publishedCorrect", report.PublishedCorrect);
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
