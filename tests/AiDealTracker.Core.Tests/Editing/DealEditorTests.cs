using AiDealTracker.Core.Domain;
using AiDealTracker.Core.Editing;
using Microsoft.EntityFrameworkCore;

namespace AiDealTracker.Core.Tests.Editing;

public sealed class DealEditorTests
{
    [Fact]
    public async Task SaveAsync_ReturnsConflictWithTheOtherValues_WhenTwoEditorsSaveTheSameDeal()
    {
        await using var host = await EditingTestHost.StartAsync();
        var dealId = await SeedDealAsync(host);
        var editor = host.Get<DealEditor>();
        var alice = await editor.LoadAsync(dealId);
        var bob = await editor.LoadAsync(dealId);

        alice!.Amount = "12B";
        var first = await editor.SaveAsync(EditingTestHost.Editor("alice@example.com"), alice);
        bob!.Amount = "14B";
        bob.Status = DealStatus.Completed;
        var second = await editor.SaveAsync(EditingTestHost.Editor("bob@example.com"), bob);

        Assert.Equal(EditOutcome.Saved, first.Outcome);
        Assert.Equal(EditOutcome.Conflict, second.Outcome);
        Assert.Equal("12B", second.Current!.Amount);
        await using var db = await host.DbAsync();
        var deal = await db.Deals.SingleAsync(d => d.Id == dealId);
        Assert.Equal(12_000_000_000m, deal.AmountUsd);
        Assert.Equal(DealStatus.Announced, deal.Status);
        Assert.Equal(1, deal.Version);
    }

    [Fact]
    public async Task SaveAsync_ReturnsConflict_WhenTheDealChangesBetweenLoadingAndWriting()
    {
        await using var host = await EditingTestHost.StartAsync();
        var dealId = await SeedDealAsync(host);
        var editor = host.Get<DealEditor>();
        var stale = await editor.LoadAsync(dealId);
        await using (var db = await host.DbAsync())
        {
            var deal = await db.Deals.SingleAsync(d => d.Id == dealId);
            deal.Status = DealStatus.Completed;
            await db.SaveChangesAsync();
        }

        stale!.Parties[0].Role = DealRole.Partner;
        var result = await editor.SaveAsync(EditingTestHost.Editor(), stale);

        Assert.Equal(EditOutcome.Conflict, result.Outcome);
        Assert.Equal(DealStatus.Completed, result.Current!.Status);
    }

    [Fact]
    public async Task SaveAsync_RefusesReadersAndAnonymousUsers()
    {
        await using var host = await EditingTestHost.StartAsync();
        var dealId = await SeedDealAsync(host);
        var editor = host.Get<DealEditor>();
        var form = await editor.LoadAsync(dealId);
        form!.Amount = "1B";

        await Assert.ThrowsAsync<EditNotAllowedException>(() => editor.SaveAsync(EditingTestHost.User("reader@example.com", EditorRoles.Reader), form));
        await Assert.ThrowsAsync<EditNotAllowedException>(() => editor.SaveAsync(new System.Security.Claims.ClaimsPrincipal(), form));
        await Assert.ThrowsAsync<EditNotAllowedException>(() => editor.RejectAsync(EditingTestHost.User("reader@example.com", EditorRoles.Reader), dealId));
        await using var db = await host.DbAsync();
        Assert.Equal(10_000_000_000m, (await db.Deals.SingleAsync()).AmountUsd);
        Assert.Empty(db.AuditEntries);
    }

    [Fact]
    public async Task SaveAsync_ExplainsWhatIsWrong_WhenTheFormIsInvalid()
    {
        await using var host = await EditingTestHost.StartAsync();
        var dealId = await SeedDealAsync(host);
        var editor = host.Get<DealEditor>();
        var form = await editor.LoadAsync(dealId);
        form!.Date = "March 2025";

        var result = await editor.SaveAsync(EditingTestHost.Editor(), form);

        Assert.Equal(EditOutcome.Invalid, result.Outcome);
        Assert.Contains("2025-Q2", result.Message, StringComparison.Ordinal);
    }

    internal static async Task<int> SeedDealAsync(EditingTestHost host)
    {
        var path = await host.WriteArticleAsync("seed.txt", "Microsoft invests $10 billion in OpenAI in 2025-01.");
        await host.IngestAsync(path);
        await using var db = await host.DbAsync();
        return await db.Deals.Select(d => d.Id).SingleAsync();
    }
}
