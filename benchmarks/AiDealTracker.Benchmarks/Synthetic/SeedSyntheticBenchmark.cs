using System.Globalization;

namespace AiDealTracker.Benchmarks.Synthetic;

/// <summary>bench seed-synthetic [--db path] [--articles n] [--deals n] [--companies n] [--seed n]</summary>
public sealed class SeedSyntheticBenchmark : IBenchmark
{
    public string Name => "seed-synthetic";

    public string Description => "fill a fresh SQLite file with a synthetic set (default 100k articles, 50k deals, 2k companies)";

    public async Task RunAsync(string[] args)
    {
        var path = Option(args, "--db") ?? Path.Combine(Path.GetTempPath(), "aidealtracker-synthetic.db");
        var size = SyntheticSize.Parse(args);
        var stats = await new SyntheticDataGenerator(size).GenerateAsync(path);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{path}: {size.Articles:N0} articles, {size.Deals:N0} deals, {size.Companies:N0} companies, {stats.Rows:N0} rows in {stats.Elapsed.TotalSeconds:F1} s"));
    }

    internal static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
