using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using AiDealTracker.Benchmarks.Synthetic;
using AiDealTracker.Core;
using AiDealTracker.Core.Data;
using AiDealTracker.Web.Api;
using AiDealTracker.Web.Features;
using AiDealTracker.Web.Features.Articles;
using AiDealTracker.Web.Features.Common;
using AiDealTracker.Web.Features.Companies;
using AiDealTracker.Web.Features.Deals;
using AiDealTracker.Web.Features.Partners;
using AiDealTracker.Web.Features.Search;
using AiDealTracker.Web.Features.Timeline;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AiDealTracker.Benchmarks.Views;

/// <summary>
/// bench views [--db path] [--iterations n]: server time of each view's queries and each API call over a synthetic
/// database (made with seed-synthetic when the file is missing), as p50/p95 over n runs after n warm-up runs.
/// </summary>
public sealed class ViewsBenchmark : IBenchmark
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public string Name => "views";

    public string Description => "p50/p95 of every view's data and API call on a synthetic database (100k articles, 50k deals)";

    public async Task RunAsync(string[] args)
    {
        var path = SeedSyntheticBenchmark.Option(args, "--db") ?? Path.Combine(Path.GetTempPath(), "aidealtracker-synthetic.db");
        var iterations = int.Parse(SeedSyntheticBenchmark.Option(args, "--iterations") ?? "40", CultureInfo.InvariantCulture);
        if (!File.Exists(path))
        {
            Console.WriteLine($"{path} is missing; generating it");
            await new SyntheticDataGenerator(SyntheticSize.Parse(args)).GenerateAsync(path);
        }

        var services = new ServiceCollection().AddLogging();
        services.AddDealTrackerCore($"Data Source={path}", Path.GetTempPath());
        services.AddSingleton<DealListQuery>();
        services.AddDealTrackerViews();
        await using var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<DatabaseInitializer>().MigrateAsync();
        await using (var db = await provider.GetRequiredService<IDbContextFactory<DealTrackerDbContext>>().CreateDbContextAsync())
        {
            // What the app does at start-up (QueryPlannerStatistics): fresh planner statistics.
            await QueryPlannerStatistics.RefreshAsync(db, default);
        }

        var sample = await SampleAsync(provider);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"database {path}: {sample.Deals:N0} deals, {sample.Articles:N0} articles, {sample.Companies:N0} companies; {iterations} runs each after as many warm-up runs"));
        Console.WriteLine($"{"measurement",-52} {"p50 ms",8} {"p95 ms",8} {"max ms",8}");

        var deals = provider.GetRequiredService<DealListQuery>();
        var detail = provider.GetRequiredService<DealDetailQuery>();
        var timeline = provider.GetRequiredService<TimelineQuery>();
        var graph = provider.GetRequiredService<PartnerGraphQuery>();
        var companies = provider.GetRequiredService<CompanyListQuery>();
        var company = provider.GetRequiredService<CompanyDetailQuery>();
        var articles = provider.GetRequiredService<ArticleQuery>();
        var search = provider.GetRequiredService<ArticleSearchQuery>();
        var catalog = provider.GetRequiredService<CatalogQuery>();
        var big = new DealFilter(Company: sample.BigCompany);
        var small = new DealFilter(Company: sample.SmallCompany);
        var random = new Random(1);
        int RandomDeal() => sample.DealIds[random.Next(sample.DealIds.Count)];
        int RandomArticle() => random.Next(1, sample.Articles + 1);

        var m = new Measure(iterations);
        await m.RunAsync("timeline: all deals, years", () => timeline.LoadAsync(new DealFilter(), TimelineZoom.Years, null));
        await m.RunAsync("timeline: biggest company, years", () => timeline.LoadAsync(big, TimelineZoom.Years, null));
        await m.RunAsync("timeline: one type, months", () => timeline.LoadAsync(new DealFilter(Type: Core.Domain.DealType.Power), TimelineZoom.Months, null));
        var data = await timeline.LoadAsync(new DealFilter(), TimelineZoom.Years, null);
        await m.RunAsync("timeline: lane layout of 400 deals", () => Task.FromResult(new TimelineLayout(data.Window, data.Deals, 1000, 28)));
        await m.RunAsync("partners: 60 companies, no filter", () => graph.LoadAsync(new DealFilter(), false, 60));
        await m.RunAsync("partners: 500 companies by value, no filter", () => graph.LoadAsync(new DealFilter(), true, 500));
        await m.RunAsync("partners: 60 companies, one type and year", () =>
            graph.LoadAsync(new DealFilter(Type: Core.Domain.DealType.Investment, From: new DateOnly(2025, 1, 1), To: new DateOnly(2025, 12, 31)), false, 60));
        var graph500 = await graph.LoadAsync(new DealFilter(), false, 500);
        var nodes = graph500.Companies.Select(c => new LayoutNode(c.Id, c.Deals)).ToList();
        var edges = graph500.Links.GroupBy(l => (l.A, l.B)).Select(g => new LayoutEdge(g.Key.A, g.Key.B, g.Sum(l => l.Deals))).ToList();
        await m.RunAsync($"partners: layout of 500 companies, {edges.Count} edges (uncached)", () => Task.FromResult(ForceLayout.Run(nodes, edges)));
        await m.RunAsync("partners: drawing + cycles of 500 (layout cached)", () => Task.FromResult(PartnerGraphModel.Build(graph500, false, provider.GetRequiredService<PartnerLayoutCache>())));
        await m.RunAsync("deals grid: first page, newest", () => deals.ListAsync(new DealFilter(), null, 0, 20));
        await m.RunAsync("deals grid: page 100 by value", () => deals.ListAsync(new DealFilter(), "AmountUsd desc", 2000, 20));
        await m.RunAsync("deals grid: biggest company", () => deals.ListAsync(big, null, 0, 20));
        await m.RunAsync("deal page: random deal", () => detail.LoadAsync(RandomDeal()));
        await m.RunAsync("company page: biggest company", () => company.LoadAsync(sample.BigCompanyId));
        await m.RunAsync("company page: small company", () => company.LoadAsync(sample.SmallCompanyId));
        await m.RunAsync("company page: deals grid of the biggest", () => deals.ListAsync(big, null, 0, 10));
        await m.RunAsync("companies list: by deals", () => companies.ListAsync(null, "deals desc", 0, 25));
        await m.RunAsync("companies list: search 'lab'", () => companies.ListAsync("lab", null, 0, 25));
        await m.RunAsync("company picker: type-ahead 'qua'", () => companies.SuggestAsync("qua"));
        await m.RunAsync("articles list: first page", () => articles.ListAsync(null, null, 0, 25));
        await m.RunAsync("article page: random article", () => articles.LoadAsync(RandomArticle()));
        await m.RunAsync($"search: selective term '{sample.SmallCompany}'", () => search.SearchAsync(sample.SmallCompany, 0, 20));
        await m.RunAsync("search: selective term 'hires the team' ", () => search.SearchAsync("hires the team", 0, 20));
        await m.RunAsync($"search: common term '{sample.BigCompany}'", () => search.SearchAsync(sample.BigCompany, 0, 20));
        await m.RunAsync("API /api/deals?take=50 (query + JSON)", async () => JsonSerializer.SerializeToUtf8Bytes(await deals.ListAsync(new DealFilter(), null, 0, 50), Json));
        await m.RunAsync("API /api/deals?company=…&type=… (query + JSON)", async () =>
            JsonSerializer.SerializeToUtf8Bytes(await deals.ListAsync(big with { Type = Core.Domain.DealType.Investment }, null, 0, 50), Json));
        await m.RunAsync("API /api/deals/{id} (query + JSON)", async () => JsonSerializer.SerializeToUtf8Bytes(await detail.LoadAsync(RandomDeal()), Json));
        await m.RunAsync("API /api/companies?take=50 (query + JSON)", async () => JsonSerializer.SerializeToUtf8Bytes(await companies.ListAsync(null, null, 0, 50), Json));
        await m.RunAsync("API /api/companies/{id} (query + JSON)", async () => JsonSerializer.SerializeToUtf8Bytes(await company.LoadAsync(sample.SmallCompanyId), Json));
        await m.RunAsync("API /api/models?take=50 (query + JSON)", async () => JsonSerializer.SerializeToUtf8Bytes(await catalog.ModelsAsync(null, 0, 50, default), Json));
        await m.RunAsync("API /api/hardware?take=50 (query + JSON)", async () => JsonSerializer.SerializeToUtf8Bytes(await catalog.HardwareAsync(null, 0, 50, default), Json));
        await m.RunAsync("API /api/articles?take=50 (query + JSON)", async () => JsonSerializer.SerializeToUtf8Bytes(await articles.ListAsync(null, null, 0, 50), Json));
        await m.RunAsync("API /api/articles/{id} (query + JSON)", async () => JsonSerializer.SerializeToUtf8Bytes(await articles.LoadAsync(RandomArticle()), Json));
        await m.RunAsync("API /api/articles/search (selective)", async () => JsonSerializer.SerializeToUtf8Bytes(await search.SearchAsync(sample.SmallCompany, 0, 20), Json));
        await m.RunAsync("API export.csv, small company (all rows)", async () =>
        {
            using var stream = new MemoryStream();
            await DealCsv.WriteAsync(stream, deals.StreamAsync(small, DealsApi.ExportLimit), default);
            return stream.Length;
        });
        await m.RunAsync("API export.csv, biggest company (all rows)", async () =>
        {
            using var stream = new MemoryStream();
            await DealCsv.WriteAsync(stream, deals.StreamAsync(big, DealsApi.ExportLimit), default);
            return stream.Length;
        });
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"p95 over 50 ms: {m.OverBudget(50)} of {m.Count} measurements"));
    }

    private static async Task<Sample> SampleAsync(ServiceProvider provider)
    {
        await using var db = await provider.GetRequiredService<IDbContextFactory<DealTrackerDbContext>>().CreateDbContextAsync();
        var counts = await db.DealParties.GroupBy(p => p.CompanyId).Select(g => new { g.Key, Count = g.Count() }).OrderByDescending(g => g.Count).ToListAsync();
        var bigId = counts[0].Key;
        var smallId = counts[counts.Count * 3 / 4].Key;
        var names = await db.Companies.Where(c => c.Id == bigId || c.Id == smallId).ToDictionaryAsync(c => c.Id, c => c.Name);
        var ids = await DealListQuery.Visible(db).Select(d => d.Id).ToListAsync();
        return new Sample(ids.Count, await db.Articles.CountAsync(), counts.Count, bigId, names[bigId], smallId, names[smallId], ids);
    }

    private sealed record Sample(int Deals, int Articles, int Companies, int BigCompanyId, string BigCompany, int SmallCompanyId, string SmallCompany, List<int> DealIds);

    private sealed class Measure(int iterations)
    {
        private readonly List<double> _p95s = [];

        public int Count => _p95s.Count;

        public int OverBudget(double ms) => _p95s.Count(p => p > ms);

        public async Task RunAsync<T>(string name, Func<Task<T>> action)
        {
            // As many warm-up runs as measured ones: hot loops reach optimised (tier-1) code, as in a server that has been up a while.
            for (var i = 0; i < iterations; i++)
            {
                await action();
            }

            var times = new List<double>(iterations);
            for (var i = 0; i < iterations; i++)
            {
                var clock = Stopwatch.StartNew();
                await action();
                times.Add(clock.Elapsed.TotalMilliseconds);
            }

            times.Sort();
            var p50 = times[(int)(times.Count * 0.50)];
            var p95 = times[Math.Min(times.Count - 1, (int)Math.Ceiling(times.Count * 0.95) - 1)];
            _p95s.Add(p95);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-52} {p50,8:0.0} {p95,8:0.0} {times[^1],8:0.0}"));
        }
    }
}
