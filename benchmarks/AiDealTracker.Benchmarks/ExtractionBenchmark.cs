using System.Diagnostics;
using System.Globalization;
using AiDealTracker.Core.Extraction;
using AiDealTracker.Core.Ingestion;

namespace AiDealTracker.Benchmarks;

/// <summary>Cleaning plus extraction on one thread over the seeds and the dev corpus (documents already read into memory).</summary>
public sealed class ExtractionBenchmark : IBenchmark
{
    public string Name => "extraction";

    public string Description => "cleaning + extraction over seeds and dev corpus, one thread: MB/s, docs/s, p50/p95 per doc";

    public Task RunAsync(string[] args)
    {
        var rounds = args.Length > 0 && int.TryParse(args[0], NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : 20;
        var reader = new DocumentReader(new DocumentReaderOptions());
        var inputs = new List<ExtractionInput>();
        foreach (var folder in new[] { Path.Combine(RepoPaths.Root, "seeds"), Path.Combine(RepoPaths.Shared, "dev-corpus", "articles") })
        {
            if (!Directory.Exists(folder))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
            {
                var read = reader.Read(File.ReadAllBytes(file), Path.GetFileName(file));
                if (read.Document is { } doc)
                {
                    inputs.Add(new ExtractionInput(doc.Text, doc.Title, doc.Published));
                }
            }
        }

        var extractor = DealExtractor.CreateDefault();
        var chars = inputs.Sum(i => (long)System.Text.Encoding.UTF8.GetByteCount(i.Text));
        for (var w = 0; w < 3; w++)
        {
            foreach (var input in inputs)
            {
                extractor.Extract(input);
            }
        }

        var perDoc = new List<double>();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var total = Stopwatch.StartNew();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var input in inputs)
            {
                var start = Stopwatch.GetTimestamp();
                extractor.Extract(input);
                perDoc.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }

        total.Stop();
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
        Stage("tokenizer (reference loop)", inputs, i => Tokenizer.Tokenize(i.Text));
        Stage("cleaning", inputs, i => TextCleaner.Clean(i.Text));
        Stage("sentences", inputs, i => SentenceSplitter.Split(i.Text));
        Stage("dates", inputs, i => DateParser.Parse(i.Text, new DateOnly(2025, 1, 1)));
        Stage("measures", inputs, i => MeasureParser.Parse(i.Text));
        var amounts = new AmountParser(Lexicon.LoadDefault());
        Stage("amounts", inputs, i => amounts.Parse(i.Text));
        perDoc.Sort();
        var seconds = total.Elapsed.TotalSeconds;
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv, $"documents: {inputs.Count} ({chars / 1024.0:0.0} KiB of text) x {rounds} rounds, one thread"));
        Console.WriteLine(string.Create(inv, $"throughput: {chars * rounds / seconds / 1_000_000:0.00} MB/s, {inputs.Count * rounds / seconds:0} documents/s"));
        Console.WriteLine(string.Create(inv, $"per CPU-second (robust to a busy machine): {chars * rounds / cpuSeconds / 1_000_000:0.00} MB/s, {inputs.Count * rounds / cpuSeconds:0} documents/s"));
        Console.WriteLine(string.Create(inv, $"per document: median {perDoc[perDoc.Count / 2]:0.000} ms, p95 {perDoc[(int)(perDoc.Count * 0.95)]:0.000} ms"));
        return Task.CompletedTask;
    }

    private static void Stage(string name, List<ExtractionInput> inputs, Action<ExtractionInput> run)
    {
        var before = Process.GetCurrentProcess().TotalProcessorTime;
        for (var round = 0; round < 5; round++)
        {
            foreach (var input in inputs)
            {
                run(input);
            }
        }

        var ms = (Process.GetCurrentProcess().TotalProcessorTime - before).TotalMilliseconds / (5 * inputs.Count);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"stage {name}: {ms:0.000} ms CPU per document"));
    }
}
