using AiDealTracker.Core.Data.Interceptors;
using AiDealTracker.Core.Domain;
using AiDealTracker.Core.Editing;
using Microsoft.EntityFrameworkCore;

namespace AiDealTracker.Core.Tests.Editing;

public sealed class AuditTrailTests
{
    [Fact]
    public async Task Correction_RecordsWhoWhenWhatAndTheOldAndNewValue()
    {
        await using var host = await EditingTestHost.StartAsync();
        var dealId = await DealEditorTests.SeedDealAsync(host);
        var editor = host.Get<DealEditor>();
        var form = await editor.LoadAsync(dealId);
        form!.Amount = "12B";
        form.Parties[1].Role = DealRole.Partner;

        await editor.SaveAsync(EditingTestHost.Editor("alice@example.com"), form);

        await using var db = await host.DbAsync();
        var rows = await db.AuditEntries.ToListAsync();
        var amount = Assert.Single(rows, r => r.Field == nameof(Deal.AmountUsd));
        Assert.Equal(("alice@example.com", nameof(Deal), dealId, "10000000000", "12000000000"), (amount.User, amount.EntityType, amount.EntityId, amount.OldValue, amount.NewValue));
        Assert.Equal("Correct deal", amount.Operation);
        Assert.True(DateTimeOffset.UtcNow - amount.At < TimeSpan.FromMinutes(1));
        Assert.Contains(rows, r => r.Field!.StartsWith(AuditActions.PartyPrefix, StringComparison.Ordinal) && r.NewValue == "Partner");
        Assert.Single(rows.Select(r => r.ChangeId).Distinct());
    }

    [Fact]
    public async Task MachineIngestion_WritesNoAuditRows()
    {
        await using var host = await EditingTestHost.StartAsync();
        await DealEditorTests.SeedDealAsync(host);
        await host.Ingestor.ReextractAsync(null);

        await using var db = await host.DbAsync();
        Assert.Empty(db.AuditEntries);
    }

    [Fact]
    public async Task RevertEntry_RestoresTheOldValue_AndIsAuditedItself()
    {
        await using var host = await EditingTestHost.StartAsync();
        var dealId = await DealEditorTests.SeedDealAsync(host);
        var editor = host.Get<DealEditor>();
        var form = await editor.LoadAsync(dealId);
        form!.Amount = "12B";
        await editor.SaveAsync(EditingTestHost.Editor(), form);
        long rowId;
        await using (var db = await host.DbAsync())
        {
            rowId = await db.AuditEntries.Where(a => a.Field == nameof(Deal.AmountUsd)).Select(a => a.Id).SingleAsync();
        }

        var reverted = await host.Get<ChangeReverter>().RevertEntryAsync(EditingTestHost.Editor("bob@example.com"), rowId);

        Assert.True(reverted.Succeeded, reverted.Message);
        await using var check = await host.DbAsync();
        Assert.Equal(10_000_000_000m, (await check.Deals.SingleAsync()).AmountUsd);
        var revertRow = await check.AuditEntries.SingleAsync(a => a.User == "bob@example.com" && a.Field == nameof(Deal.AmountUsd));
        Assert.Equal(("12000000000", "10000000000"), (revertRow.OldValue, revertRow.NewValue));
        Assert.StartsWith("Revert", revertRow.Operation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RevertEntry_IsRefused_WhenTheValueChangedAgainSince()
    {
        await using var host = await EditingTestHost.StartAsync();
        var dealId = await DealEditorTests.SeedDealAsync(host);
        var editor = host.Get<DealEditor>();
        var form = await editor.LoadAsync(dealId);
        form!.Amount = "12B";
        await editor.SaveAsync(EditingTestHost.Editor(), form);
        form = await editor.LoadAsync(dealId);
        form!.Amount = "15B";
        await editor.SaveAsync(EditingTestHost.Editor(), form);
        await using var db = await host.DbAsync();
        var first = await db.AuditEntries.Where(a => a.Field == nameof(Deal.AmountUsd)).OrderBy(a => a.Id).Select(a => a.Id).FirstAsync();

        var reverted = await host.Get<ChangeReverter>().RevertEntryAsync(EditingTestHost.Editor(), first);

        Assert.Equal(EditOutcome.Invalid, reverted.Outcome);
        Assert.Equal(15_000_000_000m, (await db.Deals.AsNoTracking().SingleAsync()).AmountUsd);
    }

    [Fact]
    public async Task CompanyEdits_AreAudited_AndConflictsAreReported()
    {
        await using var host = await EditingTestHost.StartAsync();
        await DealEditorTests.SeedDealAsync(host);
        var companies = host.Get<CompanyEditor>();
        int id;
        await using (var db = await host.DbAsync())
        {
            id = await db.Companies.Where(c => c.Name == "OpenAI").Select(c => c.Id).SingleAsync();
        }

        var alice = await companies.LoadAsync(id);
        var bob = await companies.LoadAsync(id);
        alice!.Aliases = "Open AI\nOpenAI Inc";
        alice.Kind = CompanyKind.AiLab;
        var saved = await companies.SaveAsync(EditingTestHost.Editor("alice@example.com"), alice);
        bob!.Name = "OpenAI Global";
        var conflict = await companies.SaveAsync(EditingTestHost.Editor("bob@example.com"), bob);

        Assert.True(saved.Succeeded, saved.Message);
        Assert.Equal(EditOutcome.Conflict, conflict.Outcome);
        Assert.Equal(CompanyKind.AiLab, conflict.Current!.Kind);
        await using var check = await host.DbAsync();
        var rows = await check.AuditEntries.Where(a => a.EntityType == nameof(Company) && a.EntityId == id).ToListAsync();
        Assert.Equal(2, rows.Count(r => r.Field == AuditActions.AliasField && r.Action == AuditActions.Added));
        Assert.Contains(rows, r => r.Field == nameof(Company.Kind) && r.NewValue == "AiLab");
        Assert.Equal("OpenAI", (await check.Companies.SingleAsync(c => c.Id == id)).Name);
        Assert.True((await check.CompanyAliases.SingleAsync(a => a.Alias == "Open AI")).AddedByEditor);
    }
}
