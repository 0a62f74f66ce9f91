using AiDealTracker.Core.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AiDealTracker.Core.Data.Migrations;

/// <summary>Audit rows name the editor operation they belong to, so one operation can be reverted as a whole.</summary>
[DbContext(typeof(DealTrackerDbContext))]
[Migration("20261122100000_AuditChangeSets")]
public sealed class AuditChangeSets : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        // SQLite's ADD COLUMN leaves the table's SQL in another shape than a fresh CREATE; rebuild it instead.
        migrationBuilder.Sql("""
            CREATE TABLE "ef_temp_AuditEntries" (
                "Id" INTEGER NOT NULL CONSTRAINT "PK_AuditEntries" PRIMARY KEY AUTOINCREMENT,
                "At" INTEGER NOT NULL,
                "User" TEXT NOT NULL,
                "EntityType" TEXT NOT NULL,
                "EntityId" INTEGER NOT NULL,
                "Action" TEXT NOT NULL,
                "Field" TEXT NULL,
                "OldValue" TEXT NULL,
                "NewValue" TEXT NULL,
                "Operation" TEXT NULL,
                "ChangeId" TEXT NULL
            )
            """);
        migrationBuilder.Sql("""
            INSERT INTO "ef_temp_AuditEntries" ("Id", "At", "User", "EntityType", "EntityId", "Action", "Field", "OldValue", "NewValue")
            SELECT "Id", "At", "User", "EntityType", "EntityId", "Action", "Field", "OldValue", "NewValue" FROM "AuditEntries"
            """);
        migrationBuilder.Sql("""DROP TABLE "AuditEntries" """);
        migrationBuilder.Sql("""ALTER TABLE "ef_temp_AuditEntries" RENAME TO "AuditEntries" """);
        migrationBuilder.Sql("""CREATE INDEX "IX_AuditEntries_At" ON "AuditEntries" ("At")""");
        migrationBuilder.Sql("""CREATE INDEX "IX_AuditEntries_EntityType_EntityId" ON "AuditEntries" ("EntityType", "EntityId")""");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn("ChangeId", "AuditEntries");
        migrationBuilder.DropColumn("Operation", "AuditEntries");
    }
}
