using AiDealTracker.Accounts;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AiDealTracker.Web.Tests.Editing;

public class AccountsSchemaTests
{
    [Fact]
    public void MigratedAccountsSchema_EqualsModel()
    {
        var folder = Path.Combine(Path.GetTempPath(), "aidealtracker-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            using (var migrated = Context(Path.Combine(folder, "migrated.db")))
            {
                migrated.Database.Migrate();
            }

            using (var fromModel = Context(Path.Combine(folder, "model.db")))
            {
                fromModel.Database.EnsureCreated();
            }

            var expected = Schema(Path.Combine(folder, "model.db"));
            var actual = Schema(Path.Combine(folder, "migrated.db"));
            Assert.NotEmpty(expected);
            Assert.Equal(expected, actual);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static AccountsDbContext Context(string path) => new(new DbContextOptionsBuilder<AccountsDbContext>()
        .UseSqlite($"Data Source={path}", s => s.MigrationsHistoryTable(AccountsDbContext.MigrationsHistoryTable)).Options);

    private static SortedDictionary<string, string> Schema(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '\\_\\_%' ESCAPE '\\'";
        var schema = new SortedDictionary<string, string>(StringComparer.Ordinal);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            schema[reader.GetString(0) + " " + reader.GetString(1)] =
                string.Join(' ', reader.GetString(2).Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
        }

        return schema;
    }
}
