using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AiDealTracker.Core.Tests.Data;

public class SchemaTests
{
    [Fact]
    public void MigratedSchema_EqualsModel()
    {
        using var migrated = new TestDatabase();
        using var fromModel = new TestDatabase(migrate: false);
        using (var db = fromModel.CreateContext())
        {
            db.Database.EnsureCreated();
        }

        var expected = ReadSchema(fromModel.ConnectionString);
        var actual = ReadSchema(migrated.ConnectionString);

        Assert.NotEmpty(expected);
        foreach (var (name, sql) in expected)
        {
            Assert.True(actual.TryGetValue(name, out var migratedSql), $"The migrations do not create {name}; add a migration for it.");
            Assert.Equal(sql, migratedSql);
        }
    }

    [Fact]
    public void Migrate_IsIdempotent_OnAnExistingDatabase()
    {
        using var database = new TestDatabase();
        using var db = database.CreateContext();

        db.Database.Migrate();

        Assert.Empty(db.Database.GetPendingMigrations());
    }

    /// <summary>Tables and indexes by name with normalised SQL; FTS shadow tables and EF's history table are not part of the model.</summary>
    internal static Dictionary<string, string> ReadSchema(string connectionString)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' AND name <> '__EFMigrationsHistory'";
        var schema = new Dictionary<string, string>(StringComparer.Ordinal);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var sql = string.Join(' ', reader.GetString(2).Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
            schema[reader.GetString(0) + " " + reader.GetString(1)] = sql;
        }

        return schema;
    }
}
