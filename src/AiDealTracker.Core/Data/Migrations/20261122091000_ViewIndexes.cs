using AiDealTracker.Core.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AiDealTracker.Core.Data.Migrations;

/// <summary>Deals by last update: the views' in-memory deal snapshot checks MAX(UpdatedAt) on every request.</summary>
[DbContext(typeof(DealTrackerDbContext))]
[Migration("20261122091000_ViewIndexes")]
public sealed class ViewIndexes : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE INDEX "IX_Deals_UpdatedAt" ON "Deals" ("UpdatedAt")
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(name: "IX_Deals_UpdatedAt", table: "Deals");
    }
}
