using AiDealTracker.Cli;
using Microsoft.Data.Sqlite;

namespace AiDealTracker.Core.Tests.Cli;

public sealed class IngestCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "aidealtracker-cli-tests", Guid.NewGuid().ToString("N"));
    private readonly StringWriter _out = new();
    private readonly StringWriter _error = new();

    public IngestCommandTests() => Directory.CreateDirectory(_folder);

    private string Db => Path.Combine(_folder, "cli.db");

    [Fact]
    public async Task Ingest_Seeds_ReportsProgressAndSummaryOnStderrOnly()
    {
        var exit = await RunAsync("ingest", TestPaths.Seeds, "--db", Db);

        Assert.Equal(0, exit);
        Assert.Equal("", _out.ToString());
        var log = _error.ToString();
        Assert.Contains("[5/5] seeds/", log, StringComparison.Ordinal);
        Assert.Contains("5 files: 5 new, 0 updated, 0 unchanged, 0 failed", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_WithAFileThatFails_ExitsNonZeroAndStillIngestsTheOthers()
    {
        var binary = Path.Combine(_folder, "photo.txt");
        await File.WriteAllBytesAsync(binary, [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00]);

        var exit = await RunAsync("ingest", TestPaths.Seeds, binary, "--db", Db);

        Assert.Equal(1, exit);
        Assert.Contains("not text", _error.ToString(), StringComparison.Ordinal);
        Assert.Contains("5 new", _error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Backup_AfterIngest_WritesACopyWithTheSameArticles()
    {
        await RunAsync("ingest", TestPaths.Seeds, "--db", Db);
        var target = Path.Combine(_folder, "copy.db");

        var exit = await RunAsync("backup", target, "--db", Db);

        Assert.Equal(0, exit);
        await using var connection = new SqliteConnection($"Data Source={target};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM Articles";
        Assert.Equal(5L, (long)(await command.ExecuteScalarAsync())!);
    }

    [Fact]
    public async Task UnknownCommand_PrintsUsageAndExitsTwo()
    {
        var exit = await RunAsync("frobnicate");

        Assert.Equal(2, exit);
        Assert.Contains("usage:", _error.ToString(), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _out.Dispose();
        _error.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Harmless leftovers in the temp folder.
        }
    }

    private Task<int> RunAsync(params string[] args) => CliApp.RunAsync(args, new CliConsole(_out, _error));
}
