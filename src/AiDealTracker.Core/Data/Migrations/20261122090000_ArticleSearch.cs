using AiDealTracker.Core.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AiDealTracker.Core.Data.Migrations;

/// <summary>
/// Full-text search over article titles and texts: an external-content FTS5 table kept in sync by triggers.
/// It lives outside the EF model (the schema test ignores tables named ArticleSearch*).
/// </summary>
[DbContext(typeof(DealTrackerDbContext))]
[Migration("20261122090000_ArticleSearch")]
public sealed class ArticleSearch : Migration
{
    public const string Table = "ArticleSearch";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE VIRTUAL TABLE "ArticleSearch" USING fts5(
                "Title", "Text",
                content='Articles', content_rowid='Id',
                tokenize='unicode61 remove_diacritics 2'
            )
            """);

        migrationBuilder.Sql("""
            CREATE TRIGGER "ArticleSearch_AfterInsert" AFTER INSERT ON "Articles" BEGIN
                INSERT INTO "ArticleSearch" (rowid, "Title", "Text") VALUES (new."Id", new."Title", new."Text");
            END
            """);

        migrationBuilder.Sql("""
            CREATE TRIGGER "ArticleSearch_AfterDelete" AFTER DELETE ON "Articles" BEGIN
                INSERT INTO "ArticleSearch" ("ArticleSearch", rowid, "Title", "Text") VALUES ('delete', old."Id", old."Title", old."Text");
            END
            """);

        migrationBuilder.Sql("""
            CREATE TRIGGER "ArticleSearch_AfterUpdate" AFTER UPDATE OF "Title", "Text" ON "Articles" BEGIN
                INSERT INTO "ArticleSearch" ("ArticleSearch", rowid, "Title", "Text") VALUES ('delete', old."Id", old."Title", old."Text");
                INSERT INTO "ArticleSearch" (rowid, "Title", "Text") VALUES (new."Id", new."Title", new."Text");
            END
            """);

        // A match in the title counts five times one in the text; "ORDER BY rank" then uses it without evaluating bm25() per row.
        migrationBuilder.Sql("""
            INSERT INTO "ArticleSearch" ("ArticleSearch", rank) VALUES ('rank', 'bm25(5.0, 1.0)')
            """);

        migrationBuilder.Sql("""
            INSERT INTO "ArticleSearch" ("ArticleSearch") VALUES ('rebuild')
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "ArticleSearch_AfterUpdate" """);
        migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "ArticleSearch_AfterDelete" """);
        migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "ArticleSearch_AfterInsert" """);
        migrationBuilder.Sql("""DROP TABLE IF EXISTS "ArticleSearch" """);
    }
}
