using System.Globalization;
using System.Text.Json;
using AiDealTracker.Cli.HtmlEvaluation;
using AiDealTracker.Core.Ingestion;

namespace AiDealTracker.Cli.Commands;

public sealed class HtmlEvaluateCommand : ICliCommand
{
    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public string Name => "html-eval";

    public string Usage => "html-eval <html-pages-folder> [--json] [--verbose] [--dump <page>]   score HTML article extraction against reference output";

    public async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellationToken)
    {
        var folder = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal));
        var json = args.Contains("--json", StringComparer.Ordinal);
        var verbose = args.Contains("--verbose", StringComparer.Ordinal);
        if (folder is null || !Directory.Exists(folder))
        {
            await console.Error.WriteLineAsync(folder is null ? "html-eval: give the html-pages folder" : $"html-eval: no folder '{folder}'");
            return 2;
        }

        var dumpAt = Array.IndexOf(args, "--dump");
        if (dumpAt >= 0 && dumpAt + 1 < args.Length)
        {
            var source = Path.Combine(folder, args[dumpAt + 1], "source.html");
            var result = new DocumentReader(new DocumentReaderOptions()).Read(await File.ReadAllBytesAsync(source, cancellationToken), source);
            await console.Out.WriteLineAsync(result.Succeeded ? result.Document.Text : "error: " + result.Error);
            return result.Succeeded ? 0 : 1;
        }

        var report = new HtmlEvaluator(new DocumentReader(new DocumentReaderOptions())).Evaluate(folder);
        if (json)
        {
            var summary = new { pages = report.Pages.Count, meanTextF1 = report.MeanTextF1, title = report.TitleRate, byline = report.BylineRate, published = report.PublishedRate };
            await console.Out.WriteLineAsync(JsonSerializer.Serialize(new { summary, report.Pages }, JsonOptions));
            return 0;
        }

        await WriteTableAsync(report, console.Out, verbose);
        return 0;
    }

    private static async Task WriteTableAsync(HtmlEvaluationReport report, TextWriter output, bool verbose)
    {
        var inv = CultureInfo.InvariantCulture;
        await output.WriteLineAsync("| page | text F1 | title | byline | date |");
        await output.WriteLineAsync("| --- | ---: | :---: | :---: | :---: |");
        foreach (var page in report.Pages)
        {
            await output.WriteLineAsync(string.Create(inv, $"| {page.Page} | {page.TextF1:0.000} | {Mark(page.TitleMatch)} | {Mark(page.BylineMatch)} | {Mark(page.PublishedMatch)} |"));
            if (verbose)
            {
                await WriteDifferencesAsync(page, output);
            }
        }

        await output.WriteLineAsync(string.Create(inv, $"| **mean of {report.Pages.Count}** | **{report.MeanTextF1:0.000}** | **{report.TitleRate:0.00}** | **{report.BylineRate:0.00}** | **{report.PublishedRate:0.00}** |"));
    }

    private static async Task WriteDifferencesAsync(HtmlPageScore page, TextWriter output)
    {
        if (page.Error is not null)
        {
            await output.WriteLineAsync($"    error: {page.Error}");
        }

        if (!page.TitleMatch)
        {
            await output.WriteLineAsync($"    title:  ours [{page.Title}] expected [{page.ExpectedTitle}]");
        }

        if (!page.BylineMatch)
        {
            await output.WriteLineAsync($"    byline: ours [{page.Byline}] expected [{page.ExpectedByline}]");
        }

        if (!page.PublishedMatch)
        {
            await output.WriteLineAsync($"    date:   ours [{page.Published}] expected [{page.ExpectedPublished}]");
        }
    }

    private static string Mark(bool match) => match ? "yes" : "no";
}
