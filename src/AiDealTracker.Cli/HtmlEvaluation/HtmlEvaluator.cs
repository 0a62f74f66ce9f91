using System.Text.Json;
using AiDealTracker.Core.Ingestion;
using AiDealTracker.Core.Ingestion.Html;
using AngleSharp.Html.Parser;

namespace AiDealTracker.Cli.HtmlEvaluation;

/// <summary>Scores <see cref="DocumentReader"/> on a folder of pages, each with source.html, expected.html and expected-metadata.json.</summary>
public sealed class HtmlEvaluator(DocumentReader reader)
{
    public HtmlEvaluationReport Evaluate(string folder)
    {
        var pages = Directory.GetDirectories(folder)
            .Where(d => File.Exists(Path.Combine(d, "source.html")) && File.Exists(Path.Combine(d, "expected.html")))
            .OrderBy(d => d, StringComparer.Ordinal)
            .Select(EvaluatePage)
            .ToList();
        return new HtmlEvaluationReport(pages);
    }

    public HtmlPageScore EvaluatePage(string pageFolder)
    {
        var name = Path.GetFileName(pageFolder);
        var expectedText = TextOfHtml(File.ReadAllText(Path.Combine(pageFolder, "expected.html")));
        var expected = ReadExpectedMetadata(Path.Combine(pageFolder, "expected-metadata.json"));
        var result = reader.Read(File.ReadAllBytes(Path.Combine(pageFolder, "source.html")), "source.html");
        var document = result.Document;
        var published = document?.Published?.ToIsoString();
        var expectedPublished = PublishedDateParser.TryParse(expected.Published, out var date) ? date.ToIsoString() : null;
        return new HtmlPageScore(
            name,
            TokenF1.Score(document?.Text ?? string.Empty, expectedText),
            Same(NormalizeTitle(document?.Title), NormalizeTitle(expected.Title)),
            Same(NormalizeByline(document?.Byline), NormalizeByline(expected.Byline)),
            Same(published, expectedPublished),
            document?.Title,
            expected.Title,
            document?.Byline,
            expected.Byline,
            published,
            expectedPublished,
            result.Error);
    }

    /// <summary>The reference text, written by our own renderer so that adjacent blocks never run together into one token.</summary>
    public static string TextOfHtml(string html)
    {
        using var document = new HtmlParser().ParseDocument(html);
        var body = document.Body;
        return body is null ? string.Empty : HtmlTextRenderer.Render([body], new ReadingBudget(TimeSpan.FromMinutes(1)), _ => false);
    }

    public static string? NormalizeTitle(string? title)
    {
        var collapsed = TextNormalizer.CollapseWhitespace(title ?? string.Empty);
        return collapsed.Length == 0 ? null : collapsed;
    }

    /// <summary>Our reader drops a leading "By"; the reference keeps it, so both sides lose it before comparing.</summary>
    public static string? NormalizeByline(string? byline) => HtmlMetadataReader.StripByPrefix(byline);

    private static bool Same(string? ours, string? expected) => string.Equals(ours, expected, StringComparison.Ordinal);

    private static (string? Title, string? Byline, string? Published) ReadExpectedMetadata(string path)
    {
        if (!File.Exists(path))
        {
            return (null, null, null);
        }

        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var root = json.RootElement;
        return (Field(root, "title"), Field(root, "byline"), Field(root, "publishedTime"));
    }

    private static string? Field(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
