using AiDealTracker.Core.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AiDealTracker.Core.Data.Migrations;

/// <summary>The first schema: articles, companies, models, hardware, deals with parties, claims and evidence, compute facts, audit.</summary>
[DbContext(typeof(DealTrackerDbContext))]
[Migration("20261122080000_Initial")]
public sealed class Initial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE TABLE "Articles" (
                "Id" INTEGER NOT NULL CONSTRAINT "PK_Articles" PRIMARY KEY AUTOINCREMENT,
                "Source" TEXT NOT NULL,
                "Url" TEXT NULL,
                "Title" TEXT NOT NULL,
                "Byline" TEXT NULL,
                "SiteName" TEXT NULL,
                "Language" TEXT NULL,
                "Published" TEXT NULL,
                "PublishedPrecision" INTEGER NULL,
                "Format" INTEGER NOT NULL,
                "ContentHash" TEXT NOT NULL,
                "RawText" TEXT NOT NULL,
                "Text" TEXT NOT NULL,
                "IngestedAt" INTEGER NOT NULL,
                "ExtractedAt" INTEGER NULL,
                "ExtractorVersion" TEXT NOT NULL
            )
            """);

        migrationBuilder.Sql("""
            CREATE TABLE "AuditEntries" (
                "Id" INTEGER NOT NULL CONSTRAINT "PK_AuditEntries" PRIMARY KEY AUTOINCREMENT,
                "At" INTEGER NOT NULL,
                "User" TEXT NOT NULL,
                "EntityType" TEXT NOT NULL,
                "EntityId" INTEGER NOT NULL,
                "Action" TEXT NOT NULL,
                "Field" TEXT NULL,
                "OldValue" TEXT NULL,
                "NewValue" TEXT NULL
            )
            """);

        migrationBuilder.Sql("""
            CREATE TABLE "Companies" (
                "Id" INTEGER NOT NULL CONSTRAINT "PK_Companies" PRIMARY KEY AUTOINCREMENT,
                "Name" TEXT COLLATE NOCASE NOT NULL,
                "Kind" INTEGER NOT NULL,
                "IsNew" INTEGER NOT NULL,
                "ReviewState" INTEGER NOT NULL,
                "HumanOwned" INTEGER NOT NULL,
                "MergedIntoId" INTEGER NULL,
                "Version" INTEGER NOT NULL,
                CONSTRAINT "FK_Companies_Companies_MergedIntoId" FOREIGN KEY ("MergedIntoId") REFERENCES "Companies" ("Id") ON DELETE RESTRICT
            )
            """);

        migrationBuilder.Sql("""
            CREATE TABLE "Deals" (
                "Id" INTEGER NOT NULL CONSTRAINT "PK_Deals" PRIMARY KEY AUTOINCREMENT,
                "Type" INTEGER NOT NULL,
                "Status" INTEGER NOT NULL,
                "AmountUsd" INTEGER NULL,
                "Amount" INTEGER NULL,
                "Currency" TEXT NULL,
                "AmountQualifier" INTEGER NOT NULL,
                "Date" TEXT NULL,
                "DatePrecision" INTEGER NULL,
                "Confidence" REAL NOT NULL,
                "ReviewState" INTEGER NOT NULL,
                "HumanOwned" INTEGER NOT NULL,
                "Fingerprint" TEXT NOT NULL,
                "Summary" TEXT NOT NULL,
                "MergedIntoId" INTEGER NULL,
                "CreatedAt" INTEGER NOT NULL,
                "UpdatedAt" INTEGER NOT NULL,
                "Version" INTEGER NOT NULL,
                CONSTRAINT "FK_Deals_Deals_MergedIntoId" FOREIGN KEY ("MergedIntoId") REFERENCES "Deals" ("Id") ON DELETE RESTRICT
            )
            """);

        migrationBuilder.Sql("""
            CREATE TABLE "Hardware" (
                "Id" INTEGER NOT NULL CONSTRAINT "PK_Hardware" PRIMARY KEY AUTOINCREMENT,
                "Name" TEXT COLLATE NOCASE NOT NULL,
                "Vendor" TEXT NULL,
                "Kind" INTEGER NOT NULL,
                "ReviewState" INTEGER NOT NULL,
                "HumanOwned" INTEGER NOT NULL
            )
            """);

        migrationBuilder.Sql("""
            CREATE TABLE "Mentions" (
                "Id" INTEGER NOT NULL CONSTRAINT "PK_Mentions" PRIMARY KEY AUTOINCREMENT,
                "ArticleId" INTEGER NOT NULL,
                "Kind" INTEGER NOT NULL,
                "Start" INTEGER NOT NULL,
                "End" INTEGER NOT NULL,
                "Value" TEXT NOT NULL,
                CONSTRAINT "FK_Mentions_Articles_ArticleId" FOREIGN KEY ("ArticleId") REFERENCES "Articles" ("Id") ON DELETE CASCADE
            )
            """);

        migrationBuilder.Sql("""
            CREATE TABLE "AiModels" (
                "Id" INTEGER NOT NULL CONSTRAINT "PK_AiModels" PRIMARY KEY AUTOINCREMENT,
                "Name" TEXT COLLATE NOCASE NOT NULL,
                "Family" TEXT NULL,
                "DeveloperId" INTEGER NULL,
                "ReviewState" INTEGER NOT NULL,
                "HumanOwned" INTEGER NOT NULL,
                CONSTRAINT "FK_AiModels_Companies_DeveloperId" FOREIGN KEY ("DeveloperId") REFERENCES "Companies" ("Id") ON DELETE SET NULL
            )
            """);

        migrationBuilder.Sql("""
            CREATE TABLE "CompanyAliases" (
                "Id" INTEGER NOT NULL CONSTRAINT "PK_CompanyAliases" PRIMARY KEY AUTOINCREMENT,
                "CompanyId" INTEGER NOT NULL,
                "Alias" TEXT COLLATE NOCASE NOT NULL,
                "AddedByEditor" INTEGER NOT NULL,
                CONSTRAINT "FK_CompanyAliases_Companies_CompanyId" FOREIGN KEY ("CompanyId") REFERENCES "Companies" ("Id") ON DELETE CASCADE
            )
            """);

        migrationBuilder.Sql("""
            CREATE TABLE "DealClaims" (
                "Id" INTEGER NOT NULL CONSTRAINT "PK_DealClaims" PRIMARY KEY AUTOINCREMENT,
                "DealId" INTEGER NOT NULL,
                "ArticleId" INTEGER NOT NULL,
                "Type" INTEGER NOT NULL,
                "Status" INTEGER NOT NULL,
                "AmountUsd" INTEGER NULL,
                "Date" TEXT NULL,
                "DatePrecision" INTEGER NULL,
                "Confidence" REAL NOT NULL,
                CONSTRAINT "FK_DealClaims_Articles_ArticleId" FOREIGN KEY ("ArticleId") REFERENCES "Articles" ("Id") ON DELETE CASCADE,
                CONSTRAINT "FK_DealClaims_Deals_DealId" FOREIGN KEY ("DealId") REFERENCES "Deals" ("Id") ON DELETE CASCADE
            )
            """);

        migrationBuilder.Sql("""
            CREATE TABLE "DealParties" (
                "DealId" INTEGER NOT NULL,
                "CompanyId" INTEGER NOT NULL,
                "Role" INTEGER NOT NULL,
                CONSTRAINT "PK_DealParties" PRIMARY KEY ("DealId", "CompanyId"),
                CONSTRAINT "FK_DealParties_Companies_CompanyId" FOREIGN KEY ("CompanyId") REFERENCES "Companies" ("Id") ON DELETE CASCADE,
                CONSTRAINT "FK_DealParties_Deals_DealId" FOREIGN KEY ("DealId") REFERENCES "Deals" ("Id") ON DELETE CASCADE
            )
            """);

        migrationBuilder.Sql("""
            CREATE TABLE "DealHardware" (
                "DealId" INTEGER NOT NULL,
                "HardwareId" INTEGER NOT NULL,
                "Quantity" INTEGER NULL,
                CONSTRAINT "PK_DealHardware" PRIMARY KEY ("DealId", "HardwareId"),
                CONSTRAINT "FK_DealHardware_Deals_DealId" FOREIGN KEY ("DealId") REFERENCES "Deals" ("Id") ON DELETE CASCADE,
                CONSTRAINT "FK_DealHardware_Hardware_HardwareId" FOREIGN KEY ("HardwareId") REFERENCES "Hardware" ("Id") ON DELETE CASCADE
            )
            """);

        migrationBuilder.Sql("""
            CREATE TABLE "ComputeFacts" (
                "Id" INTEGER NOT NULL CONSTRAINT "PK_ComputeFacts" PRIMARY KEY AUTOINCREMENT,
                "ArticleId" INTEGER NOT NULL,
                "CompanyId" INTEGER NULL,
                "AiModelId" INTEGER NULL,
                "HardwareId" INTEGER NULL,
                "Quantity" INTEGER NULL,
                "ReviewState" INTEGER NOT NULL,
                CONSTRAINT "FK_ComputeFacts_AiModels_AiModelId" FOREIGN KEY ("AiModelId") REFERENCES "AiModels" ("Id") ON DELETE SET NULL,
                CONSTRAINT "FK_ComputeFacts_Articles_ArticleId" FOREIGN KEY ("ArticleId") REFERENCES "Articles" ("Id") ON DELETE CASCADE,
                CONSTRAINT "FK_ComputeFacts_Companies_CompanyId" FOREIGN KEY ("CompanyId") REFERENCES "Companies" ("Id") ON DELETE SET NULL,
                CONSTRAINT "FK_ComputeFacts_Hardware_HardwareId" FOREIGN KEY ("HardwareId") REFERENCES "Hardware" ("Id") ON DELETE SET NULL
            )
            """);

        migrationBuilder.Sql("""
            CREATE TABLE "DealModels" (
                "DealId" INTEGER NOT NULL,
                "AiModelId" INTEGER NOT NULL,
                CONSTRAINT "PK_DealModels" PRIMARY KEY ("DealId", "AiModelId"),
                CONSTRAINT "FK_DealModels_AiModels_AiModelId" FOREIGN KEY ("AiModelId") REFERENCES "AiModels" ("Id") ON DELETE CASCADE,
                CONSTRAINT "FK_DealModels_Deals_DealId" FOREIGN KEY ("DealId") REFERENCES "Deals" ("Id") ON DELETE CASCADE
            )
            """);

        migrationBuilder.Sql("""
            CREATE TABLE "Evidence" (
                "Id" INTEGER NOT NULL CONSTRAINT "PK_Evidence" PRIMARY KEY AUTOINCREMENT,
                "ArticleId" INTEGER NOT NULL,
                "SentenceText" TEXT NOT NULL,
                "Start" INTEGER NOT NULL,
                "End" INTEGER NOT NULL,
                "DealId" INTEGER NULL,
                "ComputeFactId" INTEGER NULL,
                "AddedByEditor" INTEGER NOT NULL,
                CONSTRAINT "FK_Evidence_Articles_ArticleId" FOREIGN KEY ("ArticleId") REFERENCES "Articles" ("Id") ON DELETE CASCADE,
                CONSTRAINT "FK_Evidence_ComputeFacts_ComputeFactId" FOREIGN KEY ("ComputeFactId") REFERENCES "ComputeFacts" ("Id") ON DELETE CASCADE,
                CONSTRAINT "FK_Evidence_Deals_DealId" FOREIGN KEY ("DealId") REFERENCES "Deals" ("Id") ON DELETE CASCADE
            )
            """);

        migrationBuilder.Sql("""
            CREATE INDEX "IX_AiModels_DeveloperId" ON "AiModels" ("DeveloperId")
            """);

        migrationBuilder.Sql("""
            CREATE UNIQUE INDEX "IX_AiModels_Name" ON "AiModels" ("Name")
            """);

        migrationBuilder.Sql("""
            CREATE UNIQUE INDEX "IX_Articles_ContentHash" ON "Articles" ("ContentHash")
            """);

        migrationBuilder.Sql("""
            CREATE INDEX "IX_Articles_Published" ON "Articles" ("Published")
            """);

        migrationBuilder.Sql("""
            CREATE INDEX "IX_Articles_Source" ON "Articles" ("Source")
            """);

        migrationBuilder.Sql("""
            CREATE INDEX "IX_AuditEntries_At" ON "AuditEntries" ("At")
            """);

        migrationBuilder.Sql("""
            CREATE INDEX "IX_AuditEntries_EntityType_EntityId" ON "AuditEntries" ("EntityType", "EntityId")
            """);

        migrationBuilder.Sql("""
            CREATE INDEX "IX_Companies_MergedIntoId" ON "Companies" ("MergedIntoId")
            """);

        migrationBuilder.Sql("""
            CREATE UNIQUE INDEX "IX_Companies_Name" ON "Companies" ("Name")
            """);

        migrationBuilder.Sql("""
            CREATE UNIQUE INDEX "IX_CompanyAliases_Alias" ON "CompanyAliases" ("Alias")
            """);

        migrationBuilder.Sql("""
            CREATE INDEX "IX_CompanyAliases_CompanyId" ON "CompanyAliases" ("CompanyId")
            """);

        migrationBuilder.Sql("""
            CREATE INDEX "IX_ComputeFacts_AiModelId" ON "ComputeFacts" ("AiModelId")
            """);

        migrationBuilder.Sql("""
            CREATE INDEX "IX_ComputeFacts_ArticleId" ON "ComputeFacts" ("ArticleId")
            """);

        migrationBuilder.Sql("""
            CREATE INDEX "IX_ComputeFacts_CompanyId" ON "ComputeFacts" ("CompanyId")
            """);

        migrationBuilder.Sql("""
            CREATE INDEX "IX_ComputeFacts_HardwareId" ON "ComputeFacts" ("HardwareId")
            """);

        migrationBuilder.Sql("""
            CREATE INDEX "IX_DealClaims_ArticleId" ON "DealClaims" ("ArticleId")
            """);

        migrationBuilder.Sql("""
            CREATE UNIQUE INDEX "IX_DealClaims_DealId_ArticleId" ON "DealClaims" ("DealId", "ArticleId")
            """);

        migrationBuilder.Sql("""
            CREATE INDEX "IX_DealHardware_HardwareId" ON "DealHardware" ("HardwareId")
            """);

        migrationBuilder.Sql("""
            CREATE INDEX "IX_DealModels_AiModelId" ON "DealModels" ("AiModelId")
            """);

        migrationBuilder.Sql("""
            CREATE INDEX "IX_DealParties_CompanyId" ON "DealParties" ("CompanyId")
            """);

        migrationBuilder.Sql("""
            CREATE INDEX "IX_Deals_AmountUsd" ON "Deals" ("AmountUsd")
            """);

        migrationBuilder.Sql("""
            CREATE INDEX "IX_Deals_Date" ON "Deals" ("Date")
            """);

        migrationBuilder.Sql("""
            CREATE INDEX "IX_Deals_Fingerprint" ON "Deals" ("Fingerprint")
            """);

        migrationBuilder.Sql("""
            CREATE INDEX "IX_Deals_MergedIntoId" ON "Deals" ("MergedIntoId")
            """);

        migrationBuilder.Sql("""
            CREATE INDEX "IX_Deals_Type_Date" ON "Deals" ("Type", "Date")
            """);

        migrationBuilder.Sql("""
            CREATE INDEX "IX_Evidence_ArticleId" ON "Evidence" ("ArticleId")
            """);

        migrationBuilder.Sql("""
            CREATE INDEX "IX_Evidence_ComputeFactId" ON "Evidence" ("ComputeFactId")
            """);

        migrationBuilder.Sql("""
            CREATE INDEX "IX_Evidence_DealId" ON "Evidence" ("DealId")
            """);

        migrationBuilder.Sql("""
            CREATE UNIQUE INDEX "IX_Hardware_Name" ON "Hardware" ("Name")
            """);

        migrationBuilder.Sql("""
            CREATE INDEX "IX_Mentions_ArticleId" ON "Mentions" ("ArticleId")
            """);

        migrationBuilder.Sql("""
            CREATE INDEX "IX_Mentions_Kind_Value" ON "Mentions" ("Kind", "Value")
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("Evidence");
        migrationBuilder.DropTable("DealModels");
        migrationBuilder.DropTable("ComputeFacts");
        migrationBuilder.DropTable("DealHardware");
        migrationBuilder.DropTable("DealParties");
        migrationBuilder.DropTable("DealClaims");
        migrationBuilder.DropTable("CompanyAliases");
        migrationBuilder.DropTable("AiModels");
        migrationBuilder.DropTable("Mentions");
        migrationBuilder.DropTable("Hardware");
        migrationBuilder.DropTable("Deals");
        migrationBuilder.DropTable("Companies");
        migrationBuilder.DropTable("AuditEntries");
        migrationBuilder.DropTable("Articles");
    }
}
