using AiDealTracker.Core.Data;
using AiDealTracker.Core.Ingestion;
using Microsoft.Extensions.DependencyInjection;

namespace AiDealTracker.Cli.Commands;

public sealed class IngestCommand : ICliCommand
{
    public string Name => "ingest";

    public string Usage => "ingest <file-or-folder>... [--db <file>] [--verbose]   read articles into the database";

    public async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellationToken)
    {
        var rest = args.ToList();
        var db = CliServices.TakeOption(rest, "--db");
        var verbose = CliServices.TakeFlag(rest, "--verbose");
        if (rest.Count == 0 || rest.Any(a => a.StartsWith("--", StringComparison.Ordinal)))
        {
            await console.Error.WriteLineAsync("usage: aidealtracker " + Usage);
            return 2;
        }

        await using var services = CliServices.Build(db, verbose);
        await services.GetRequiredService<DatabaseInitializer>().MigrateAsync(cancellationToken);
        var ingestor = services.GetRequiredService<ArticleIngestor>();
        var progress = new SynchronousProgress<IngestProgress>(p =>
        {
            var detail = p.Last.Outcome == IngestOutcome.Failed ? $"failed: {p.Last.Error}" : $"{p.Last.Outcome.ToString().ToLowerInvariant()}, {p.Last.Facts} facts";
            console.Error.WriteLine($"[{p.Done}/{p.Total}] {p.Last.Source}: {detail}");
        });
        var summary = await ingestor.IngestFilesAsync(rest, progress, cancellationToken);
        await console.Error.WriteLineAsync(
            $"{summary.Results.Count} files: {summary.New} new, {summary.Updated} updated, {summary.Unchanged} unchanged, {summary.Failed} failed; {summary.Facts} facts extracted");
        return summary.Failed > 0 || summary.Results.Count == 0 ? 1 : 0;
    }
}
