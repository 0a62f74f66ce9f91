using System.Diagnostics;
using System.Globalization;
using AiDealTracker.Core.Ingestion;

namespace AiDealTracker.Benchmarks;

/// <summary>DocumentReader over every html-pages source.html on one thread: MB/s, pages/s, median and p95 per page.</summary>
public sealed class HtmlBenchmark : IBenchmark
{
    public string Name => "html";

    public string Description => "HTML article reading over ../shared/html-pages [--rounds N] [--folder path]";

    public Task RunAsync(string[] args)
    {
        var inv = CultureInfo.InvariantCulture;
        var folder = Option(args, "--folder") ?? Path.Combine(RepoPaths.Shared, "html-pages");
        var rounds = int.Parse(Option(args, "--rounds") ?? "10", inv);
        if (!Directory.Exists(folder))
        {
            Console.Error.WriteLine($"no folder '{folder}'");
            return Task.CompletedTask;
        }

        var pages = Directory.GetFiles(folder, "source.html", SearchOption.AllDirectories)
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => (Name: p, Bytes: File.ReadAllBytes(p)))
            .ToList();
        var totalBytes = pages.Sum(p => (long)p.Bytes.Length);
        var reader = new DocumentReader(new DocumentReaderOptions());

        foreach (var page in pages)
        {
            reader.Read(page.Bytes, page.Name);
        }

        var perPage = new List<double>(pages.Count * rounds);
        var failures = 0;
        var total = Stopwatch.StartNew();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var page in pages)
            {
                var start = Stopwatch.GetTimestamp();
                var result = reader.Read(page.Bytes, page.Name);
                perPage.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                failures += result.Succeeded ? 0 : 1;
            }
        }

        total.Stop();
        var parseSeconds = MeasureParseOnly(pages.Select(p => p.Bytes).ToList(), rounds);
        perPage.Sort();
        var seconds = total.Elapsed.TotalSeconds;
        var megabytes = totalBytes * (double)rounds / (1024 * 1024);
        Console.WriteLine(string.Create(inv, $"html: {pages.Count} pages, {totalBytes / 1024.0 / 1024.0:0.00} MB, {rounds} rounds, one thread"));
        Console.WriteLine(string.Create(inv, $"  throughput  {megabytes / seconds:0.0} MB/s   {pages.Count * rounds / seconds:0.0} pages/s"));
        Console.WriteLine(string.Create(inv, $"  per page    median {Percentile(perPage, 0.5):0.00} ms   p95 {Percentile(perPage, 0.95):0.00} ms   max {perPage[^1]:0.00} ms"));
        Console.WriteLine(string.Create(inv, $"  refused     {failures / rounds} pages per round"));
        Console.WriteLine(string.Create(inv, $"  baseline    AngleSharp parse alone {megabytes / parseSeconds:0.0} MB/s; reading costs {seconds / parseSeconds:0.00}x a bare parse"));
        return Task.CompletedTask;
    }

    /// <summary>The same pages through AngleSharp's parser only, measured in the same run so machine load affects both alike.</summary>
    private static double MeasureParseOnly(List<byte[]> pages, int rounds)
    {
        var texts = pages.Select(p => System.Text.Encoding.UTF8.GetString(p)).ToList();
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        var clock = Stopwatch.StartNew();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var text in texts)
            {
                using var document = parser.ParseDocument(text);
            }
        }

        return clock.Elapsed.TotalSeconds;
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)(p * sorted.Count))];

    private static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
