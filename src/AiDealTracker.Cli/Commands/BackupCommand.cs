using AiDealTracker.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AiDealTracker.Cli.Commands;

public sealed class BackupCommand : ICliCommand
{
    public string Name => "backup";

    public string Usage => "backup <target-file> [--db <file>]   copy the database safely, even while the dashboard runs";

    public async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellationToken)
    {
        var rest = args.ToList();
        var db = CliServices.TakeOption(rest, "--db");
        if (rest.Count != 1 || rest[0].StartsWith("--", StringComparison.Ordinal))
        {
            await console.Error.WriteLineAsync("usage: aidealtracker " + Usage);
            return 2;
        }

        var target = Path.GetFullPath(rest[0]);
        if (File.Exists(target))
        {
            await console.Error.WriteLineAsync($"backup: {target} exists; choose a new file name");
            return 1;
        }

        await using var services = CliServices.Build(db);
        var factory = services.GetRequiredService<IDbContextFactory<DealTrackerDbContext>>();
        await using var context = await factory.CreateDbContextAsync(cancellationToken);
        var sourceConnection = (SqliteConnection)context.Database.GetDbConnection();
        if (!File.Exists(sourceConnection.DataSource))
        {
            await console.Error.WriteLineAsync($"backup: no database at {sourceConnection.DataSource}");
            return 1;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        await sourceConnection.OpenAsync(cancellationToken);
        await using (var destination = new SqliteConnection($"Data Source={target};Pooling=False"))
        {
            await destination.OpenAsync(cancellationToken);

            // SQLite's online backup copies a consistent snapshot while other connections keep writing.
            sourceConnection.BackupDatabase(destination);
        }

        await console.Error.WriteLineAsync($"backed up {sourceConnection.DataSource} to {target} ({new FileInfo(target).Length:N0} bytes)");
        return 0;
    }
}
