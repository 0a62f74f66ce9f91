using AiDealTracker.Core.Domain;
using AiDealTracker.Core.Editing;
using AiDealTracker.Core.Ingestion;
using AiDealTracker.Core.Tests.Editing;
using Microsoft.EntityFrameworkCore;

namespace AiDealTracker.Core.Tests.Ingestion;

public sealed class ReingestionTests
{
    private const string Original = "Microsoft invests $10 billion in OpenAI in 2025-01. Analysts were surprised.";
    private const string Updated = "Update: the figure changed. Microsoft invests $10.5 billion in OpenAI in 2025-01. Analysts were surprised.";

    [Fact]
    public async Task CorrectedAmount_IsKept_WhenTheSameFileTheUpdatedFileAndAReextractionComeIn()
    {
        await using var host = await EditingTestHost.StartAsync();
        var path = await host.WriteArticleAsync("deal.txt", Original);
        await host.IngestAsync(path);
        var dealId = await SingleVisibleDealIdAsync(host);
        await CorrectAmountAsync(host, dealId, "13B");

        var same = await host.IngestAsync(path);
        await File.WriteAllTextAsync(path, Updated);
        var updated = await host.IngestAsync(path);
        host.Extractors.Version = "test-2";
        await host.Ingestor.ReextractAsync(null);

        Assert.Equal(IngestOutcome.Unchanged, same.Results.Single().Outcome);
        Assert.Equal(IngestOutcome.Updated, updated.Results.Single().Outcome);
        await using var db = await host.DbAsync();
        var deal = await db.Deals.Include(d => d.Evidence).SingleAsync(d => d.ReviewState != ReviewState.Rejected && d.MergedIntoId == null);
        Assert.Equal(dealId, deal.Id);
        Assert.Equal(13_000_000_000m, deal.AmountUsd);
        Assert.True(deal.IsOwnedByHuman(DealFields.Amount));
        Assert.Contains(deal.Evidence, e => e.SentenceText.StartsWith("Microsoft invests $10.5 billion", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UncorrectedAmount_FollowsTheUpdatedArticle()
    {
        await using var host = await EditingTestHost.StartAsync();
        var path = await host.WriteArticleAsync("deal.txt", Original);
        await host.IngestAsync(path);

        await File.WriteAllTextAsync(path, Updated);
        await host.IngestAsync(path);

        await using var db = await host.DbAsync();
        var deal = await db.Deals.SingleAsync();
        Assert.Equal(10_500_000_000m, deal.AmountUsd);
    }

    [Fact]
    public async Task RejectedDeal_StaysRejectedAndHidden_AfterReingestionAndReextraction()
    {
        await using var host = await EditingTestHost.StartAsync();
        var path = await host.WriteArticleAsync("deal.txt", Original);
        await host.IngestAsync(path);
        var dealId = await SingleVisibleDealIdAsync(host);
        var rejected = await host.Get<DealEditor>().RejectAsync(EditingTestHost.Editor(), dealId);

        await File.WriteAllTextAsync(path, Updated.Replace("$10.5 billion", "$20 billion", StringComparison.Ordinal));
        await host.IngestAsync(path);
        await host.Ingestor.ReextractAsync(null);
        await host.Ingestor.ReextractAsync(null);

        Assert.True(rejected.Succeeded);
        await using var db = await host.DbAsync();
        Assert.Equal(ReviewState.Rejected, (await db.Deals.SingleAsync(d => d.Id == dealId)).ReviewState);
        Assert.False(await db.Deals.AnyAsync(d => d.ReviewState != ReviewState.Rejected));
    }

    [Fact]
    public async Task MergedCompany_NewFactsGoToTheSurvivor_AndItsNameFeedsTheNextIngestion()
    {
        await using var host = await EditingTestHost.StartAsync();
        var first = await host.WriteArticleAsync("a.txt", "Microsoft invests $10 billion in OpenAI in 2025-01.");
        var second = await host.WriteArticleAsync("b.txt", "Microsoft Corp invests $2 billion in Anthropic in 2024.");
        await host.IngestAsync(first, second);
        var (microsoft, duplicate) = (await CompanyIdAsync(host, "Microsoft"), await CompanyIdAsync(host, "Microsoft Corp"));
        var merged = await host.Get<CompanyMerger>().MergeAsync(EditingTestHost.Editor(), duplicate, microsoft);

        var third = await host.WriteArticleAsync("c.txt", "Microsoft Corp invests $1 billion in Mistral in 2023.");
        await host.IngestAsync(third);
        await host.Ingestor.ReextractAsync(null);

        Assert.True(merged.Succeeded);
        await using var db = await host.DbAsync();
        var visible = await db.Deals.Include(d => d.Parties).ThenInclude(p => p.Company)
            .Where(d => d.MergedIntoId == null && d.ReviewState != ReviewState.Rejected).ToListAsync();
        Assert.Equal(3, visible.Count);
        Assert.All(visible, d => Assert.Contains(d.Parties, p => p.CompanyId == microsoft && p.Role == DealRole.Investor));
        Assert.DoesNotContain(visible.SelectMany(d => d.Parties), p => p.CompanyId == duplicate);
        Assert.Contains(host.Extractors.AliasesSeen[^1], a => a.Key == "Microsoft Corp" && a.Value == "Microsoft");
    }

    [Fact]
    public async Task EditorEvidence_SurvivesReingestion_AndFollowsItsSentence()
    {
        await using var host = await EditingTestHost.StartAsync();
        const string text = "Microsoft invests $10 billion in OpenAI in 2025-01. Nvidia will sell chips to OpenAI for years.";
        var path = await host.WriteArticleAsync("deal.txt", text);
        await host.IngestAsync(path);
        await using (var db = await host.DbAsync())
        {
            db.Companies.Add(new Company { Name = "Nvidia" });
            await db.SaveChangesAsync();
        }

        var (nvidia, openAi) = (await CompanyIdAsync(host, "Nvidia"), await CompanyIdAsync(host, "OpenAI"));
        var articleId = (await host.IngestAsync(path)).Results.Single().ArticleId!.Value;
        var sentence = text.IndexOf("Nvidia will", StringComparison.Ordinal);
        var created = await host.Get<DealEditor>().CreateAsync(EditingTestHost.Editor(), new DealEditForm
        {
            Type = DealType.ChipSupply,
            Parties = [new() { CompanyId = nvidia, Role = DealRole.Supplier }, new() { CompanyId = openAi, Role = DealRole.Customer }],
            EvidenceArticleId = articleId,
            EvidenceStart = sentence,
        });

        await File.WriteAllTextAsync(path, "A new first sentence. " + text);
        await host.IngestAsync(path);
        await host.Ingestor.ReextractAsync([articleId]);

        Assert.True(created.Succeeded, created.Message);
        await using var check = await host.DbAsync();
        var evidence = await check.Evidence.SingleAsync(e => e.DealId == created.Id);
        var article = await check.Articles.SingleAsync(a => a.Id == articleId);
        Assert.True(evidence.AddedByEditor);
        Assert.Equal(evidence.SentenceText, article.Text[evidence.Start..evidence.End]);
        Assert.Equal(ReviewState.Corrected, (await check.Deals.SingleAsync(d => d.Id == created.Id)).ReviewState);
    }

    [Fact]
    public async Task SplittingAMerge_GivesTheDealsBack()
    {
        await using var host = await EditingTestHost.StartAsync();
        var first = await host.WriteArticleAsync("a.txt", "Microsoft invests $10 billion in OpenAI in 2025-01.");
        var second = await host.WriteArticleAsync("b.txt", "Macrosoft invests $2 billion in Anthropic in 2024.");
        await host.IngestAsync(first, second);
        var (microsoft, duplicate) = (await CompanyIdAsync(host, "Microsoft"), await CompanyIdAsync(host, "Macrosoft"));
        await host.Get<CompanyMerger>().MergeAsync(EditingTestHost.Editor(), duplicate, microsoft);

        var split = await host.Get<CompanyMerger>().SplitAsync(EditingTestHost.Editor(), duplicate);
        await host.Ingestor.ReextractAsync(null);

        Assert.True(split.Succeeded, split.Message);
        await using var db = await host.DbAsync();
        Assert.Null((await db.Companies.SingleAsync(c => c.Id == duplicate)).MergedIntoId);
        Assert.False(await db.CompanyAliases.AnyAsync(a => a.Alias == "Macrosoft"));
        var anthropicDeal = await db.Deals.Include(d => d.Parties).SingleAsync(d => d.Summary.Contains("Anthropic"));
        Assert.Contains(anthropicDeal.Parties, p => p.CompanyId == duplicate);
        Assert.Equal(2, await db.Deals.CountAsync());
    }

    private static async Task<int> SingleVisibleDealIdAsync(EditingTestHost host)
    {
        await using var db = await host.DbAsync();
        return await db.Deals.Where(d => d.ReviewState != ReviewState.Rejected).Select(d => d.Id).SingleAsync();
    }

    private static async Task<int> CompanyIdAsync(EditingTestHost host, string name)
    {
        await using var db = await host.DbAsync();
        return await db.Companies.Where(c => c.Name == name).Select(c => c.Id).SingleAsync();
    }

    private static async Task CorrectAmountAsync(EditingTestHost host, int dealId, string amount)
    {
        var editor = host.Get<DealEditor>();
        var form = await editor.LoadAsync(dealId);
        form!.Amount = amount;
        var result = await editor.SaveAsync(EditingTestHost.Editor(), form);
        Assert.True(result.Succeeded, result.Message);
    }
}
