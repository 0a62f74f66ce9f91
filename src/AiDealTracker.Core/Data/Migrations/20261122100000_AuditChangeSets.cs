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
        migrationBuilder.Sql("""ALTER TABLE "AuditEntries" ADD COLUMN "Operation" TEXT NULL""");
        migrationBuilder.Sql("""ALTER TABLE "AuditEntries" ADD COLUMN "ChangeId" TEXT NULL""");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn("ChangeId", "AuditEntries");
        migrationBuilder.DropColumn("Operation", "AuditEntries");
    }
}
