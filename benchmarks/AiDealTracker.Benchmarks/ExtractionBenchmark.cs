using System.Diagnostics;
using System.Globalization;
using AiDealTracker.Core.Extraction;
using AiDealTracker.Core.Ingestion;

namespace AiDealTracker.Benchmarks;

/// <summary>Cleaning plus extraction on one thread over the seeds and the dev corpus (documents already read into memory).</summary>
public sealed class ExtractionBenchmark : IBenchmark
{
    private static readonly TimeSpan WarmUpTime = TimeSpan.FromSeconds(12);

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
        // Tiered compilation keeps hot methods in slow unoptimised code for the first seconds (and compiles them on another
        // thread, whose CPU time counts too); measuring from the third pass reported several times the steady-state cost.
        var warmUp = Stopwatch.StartNew();
        var firstPassMs = 0.0;
        for (var w = 0; w < 3 || warmUp.Elapsed < WarmUpTime; w++)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            foreach (var input in inputs)
            {
                extractor.Extract(input);
            }

            var passMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / inputs.Count;
            firstPassMs = w == 0 ? passMs : firstPassMs;
            if (Environment.GetEnvironmentVariable("BENCH_VERBOSE") is not null)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"warm-up pass {w}: {passMs:0.000} ms CPU per document"));
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
        var lexicon = Lexicon.LoadDefault();
        var analyses = inputs.Select(extractor.Analyze).ToList();
        var companies = new CompanyRecognizer(lexicon);
        var models = new ModelRecognizer(lexicon);
        var hardware = new HardwareRecognizer(lexicon);
        var amounts = new AmountParser(lexicon);
        Stage("tokenizer (reference loop)", inputs, i => Tokenizer.Tokenize(i.Text));
        Stage("cleaning", inputs, i => TextCleaner.Clean(i.Text));
        Stage("published date", analyses, a => DateParser.FindPublished(a.Text));
        Stage("sentences", analyses, a => SentenceSplitter.Split(a.Text));
        Stage("tokens", analyses, a => a.Sentences.ForEach(s => Tokenizer.Tokenize(a.Text, s.Start, s.End)));
        Stage("companies", analyses, a => companies.Find(a.Text, a.Sentences, a.Tokens));
        Stage("dates", analyses, a => DateParser.Parse(a.Text, a.Anchor));
        Stage("amounts", analyses, a => a.Sentences.ForEach(s => amounts.Parse(a.Text, s.Start, s.End, a.Anchor)));
        Stage("models", analyses, a => a.Tokens.ForEach(t => models.Find(a.Text, t)));
        Stage("hardware", analyses, a => a.Facts.ForEach(f => hardware.Find(a.Text, a.Tokens[f.Index], f.Companies)));
        Stage("measures", analyses, a => MeasureParser.Parse(a.Text));
        Stage("analysis (all stages before deals)", inputs, i => extractor.Analyze(i));
        Stage("deals", analyses, a => DealFinder.Find(a.Text, a.Facts, a.DayPublished));
        Stage("whole extraction (as measured above)", inputs, i => extractor.Extract(i));
        perDoc.Sort();
        var seconds = total.Elapsed.TotalSeconds;
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv, $"documents: {inputs.Count} ({chars / 1024.0:0.0} KiB of text) x {rounds} rounds, one thread"));
        Console.WriteLine(string.Create(inv, $"throughput: {chars * rounds / seconds / 1_000_000:0.00} MB/s, {inputs.Count * rounds / seconds:0} documents/s"));
        Console.WriteLine(string.Create(inv, $"per CPU-second (robust to a busy machine): {chars * rounds / cpuSeconds / 1_000_000:0.00} MB/s, {inputs.Count * rounds / cpuSeconds:0} documents/s"));
        Console.WriteLine(string.Create(inv, $"first pass, cold (JIT included, as a short CLI run sees it): {firstPassMs:0.0} ms CPU per document"));
        Console.WriteLine(string.Create(inv, $"per document: median {perDoc[perDoc.Count / 2]:0.000} ms, p95 {perDoc[(int)(perDoc.Count * 0.95)]:0.000} ms"));
        return Task.CompletedTask;
    }

    // Each stage runs over every document StageRounds times, so that CPU-time ticks (10 ms on Linux) stay small against the total.
    private static void Stage<T>(string name, List<T> items, Action<T> run)
    {
        const int StageRounds = 20;
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var collections = GC.CollectionCount(0);
        var before = Process.GetCurrentProcess().TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        for (var round = 0; round < StageRounds; round++)
        {
            foreach (var item in items)
            {
                run(item);
            }
        }

        var ms = (Process.GetCurrentProcess().TotalProcessorTime - before).TotalMilliseconds / (StageRounds * items.Count);
        var wallMs = wall.Elapsed.TotalMilliseconds / (StageRounds * items.Count);
        var kib = (GC.GetAllocatedBytesForCurrentThread() - allocated) / 1024.0 / (StageRounds * items.Count);
        var gen0 = GC.CollectionCount(0) - collections;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"stage {name}: {ms:0.000} ms CPU ({wallMs:0.000} ms wall) per document, {kib:0} KiB allocated per document, {gen0} gen-0 collections"));
    }
}
