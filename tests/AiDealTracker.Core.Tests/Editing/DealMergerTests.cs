using AiDealTracker.Core.Domain;
using AiDealTracker.Core.Editing;
using Microsoft.EntityFrameworkCore;

namespace AiDealTracker.Core.Tests.Editing;

public sealed class DealMergerTests
{
    [Fact]
    public async Task Merge_MovesEvidenceToTheSurvivor_ReingestionFollows_AndSplitGivesItBack()
    {
        await using var host = await EditingTestHost.StartAsync();
        var first = await host.WriteArticleAsync("a.txt", "Microsoft invests $10 billion in OpenAI in 2025-01.");
        var second = await host.WriteArticleAsync("b.txt", "Microsoft invests $13 billion in OpenAI in 2025-01.");
        await host.IngestAsync(first, second);
        int survivor, duplicate;
        await using (var db = await host.DbAsync())
        {
            var ids = await db.Deals.OrderBy(d => d.Id).Select(d => d.Id).ToListAsync();
            Assert.Equal(2, ids.Count);
            (survivor, duplicate) = (ids[0], ids[1]);
        }

        var merged = await host.Get<DealMerger>().MergeAsync(EditingTestHost.Editor(), duplicate, survivor);
        await host.Ingestor.ReextractAsync(null);
        await using (var db = await host.DbAsync())
        {
            Assert.True(merged.Succeeded, merged.Message);
            Assert.Equal(2, await db.Evidence.CountAsync(e => e.DealId == survivor));
            Assert.Equal(1, await db.Deals.CountAsync(d => d.MergedIntoId == null && d.ReviewState != ReviewState.Rejected));
        }

        var split = await host.Get<DealMerger>().SplitAsync(EditingTestHost.Editor(), duplicate);
        await host.Ingestor.ReextractAsync(null);

        Assert.True(split.Succeeded, split.Message);
        await using var check = await host.DbAsync();
        Assert.Null((await check.Deals.SingleAsync(d => d.Id == duplicate)).MergedIntoId);
        Assert.Equal(1, await check.Evidence.CountAsync(e => e.DealId == duplicate));
        Assert.Equal(1, await check.Evidence.CountAsync(e => e.DealId == survivor));
    }

    [Fact]
    public async Task Merge_IsRefusedForReaders()
    {
        await using var host = await EditingTestHost.StartAsync();

        await Assert.ThrowsAsync<EditNotAllowedException>(() =>
            host.Get<DealMerger>().MergeAsync(EditingTestHost.User("reader@example.com", EditorRoles.Reader), 1, 2));
    }
}
