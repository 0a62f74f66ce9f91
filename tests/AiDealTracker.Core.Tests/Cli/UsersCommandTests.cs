using AiDealTracker.Cli;
using AiDealTracker.Cli.Commands;
using Microsoft.Data.Sqlite;

namespace AiDealTracker.Core.Tests.Cli;

[Collection(nameof(UsersCommandTests))]
public sealed class UsersCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "aidealtracker-cli-tests", Guid.NewGuid().ToString("N"));
    private readonly StringWriter _out = new();
    private readonly StringWriter _error = new();

    public UsersCommandTests() => Directory.CreateDirectory(_folder);

    private string Db => Path.Combine(_folder, "cli.db");

    [Fact]
    public async Task UsersAdd_WithAPromptedPassword_CreatesTheFirstAdmin_AndSetRoleChangesIt()
    {
        UsersCommand.ReadPassword = () => "a long enough passphrase";

        var added = await RunAsync("users", "add", "admin@example.com", "--role", "admin", "--db", Db);
        var changed = await RunAsync("users", "set-role", "admin@example.com", "--role", "Editor", "--db", Db);
        var listed = await RunAsync("users", "list", "--db", Db);

        Assert.Equal((0, 0, 0), (added, changed, listed));
        Assert.Equal("admin@example.com\tEditor" + Environment.NewLine, _out.ToString());
    }

    [Fact]
    public async Task UsersAdd_RefusesAShortPasswordAndAnUnknownRole()
    {
        UsersCommand.ReadPassword = () => "short";
        var shortPassword = await RunAsync("users", "add", "a@example.com", "--role", "Editor", "--db", Db);
        UsersCommand.ReadPassword = () => "a long enough passphrase";
        var unknownRole = await RunAsync("users", "add", "b@example.com", "--role", "Owner", "--db", Db);
        var missingRole = await RunAsync("users", "add", "c@example.com", "--db", Db);

        Assert.Equal((1, 1, 2), (shortPassword, unknownRole, missingRole));
        Assert.Contains("at least 12 characters", _error.ToString(), StringComparison.Ordinal);
        Assert.Contains("Unknown role 'Owner'", _error.ToString(), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private Task<int> RunAsync(params string[] args) => CliApp.RunAsync(args, new CliConsole(_out, _error));
}
