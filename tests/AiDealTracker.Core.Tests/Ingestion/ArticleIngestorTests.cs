using System.Text;
using AiDealTracker.Cli;
using AiDealTracker.Core.Domain;
using AiDealTracker.Core.Extraction;
using AiDealTracker.Core.Ingestion;
using Microsoft.EntityFrameworkCore;

namespace AiDealTracker.Core.Tests.Ingestion;

public class ArticleIngestorTests
{
    private static readonly byte[] Article = Encoding.UTF8.GetBytes("Acme Cloud signs with Zeta Labs\n\nAcme Cloud will supply GPUs to Zeta Labs.");

    [Fact]
    public async Task IngestAsync_SameContentTwice_AddsNothingTheSecondTime()
    {
        using var harness = new IngestorHarness();

        var first = await harness.Ingestor.IngestAsync("a.txt", Article);
        var second = await harness.Ingestor.IngestAsync("copy-of-a.txt", Article);

        Assert.Equal(IngestOutcome.New, first.Outcome);
        Assert.Equal(IngestOutcome.Unchanged, second.Outcome);
        Assert.Equal(first.ArticleId, second.ArticleId);
        await using var db = harness.Database.CreateContext();
        Assert.Equal(1, await db.Articles.CountAsync());
    }

    [Fact]
    public async Task IngestAsync_SameSourceWithNewContent_UpdatesTheArticleInPlace()
    {
        using var harness = new IngestorHarness();

        var first = await harness.Ingestor.IngestAsync("news/a.txt", Article);
        var second = await harness.Ingestor.IngestAsync("news/a.txt", Encoding.UTF8.GetBytes("Acme Cloud signs with Zeta Labs\n\nA corrected text."));

        Assert.Equal(IngestOutcome.Updated, second.Outcome);
        Assert.Equal(first.ArticleId, second.ArticleId);
        await using var db = harness.Database.CreateContext();
        var stored = await db.Articles.SingleAsync();
        Assert.Contains("corrected", stored.RawText, StringComparison.Ordinal);
    }

    public static TheoryData<string, byte[], string> BadInputs => new()
    {
        { "empty.txt", [], "empty" },
        { "blank.txt", Encoding.UTF8.GetBytes("   \n\t  \n"), "no text" },
        { "image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52], "not text" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task IngestAsync_BadInput_FailsWithClearErrorAndChangesNothing(string name, byte[] content, string expectedWords)
    {
        using var harness = new IngestorHarness();
        await harness.Ingestor.IngestAsync("good.txt", Article);

        var result = await harness.Ingestor.IngestAsync(name, content);

        Assert.Equal(IngestOutcome.Failed, result.Outcome);
        Assert.Contains(expectedWords, result.Error, StringComparison.OrdinalIgnoreCase);
        await using var db = harness.Database.CreateContext();
        Assert.Equal(1, await db.Articles.CountAsync());
    }

    [Fact]
    public async Task IngestFilesAsync_FileOverTheLimit_IsRefusedBeforeReading()
    {
        using var harness = new IngestorHarness(options: new DocumentReaderOptions { MaxBytes = 1000 });
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".txt");
        await File.WriteAllTextAsync(path, new string('a', 5000));
        try
        {
            var summary = await harness.Ingestor.IngestFilesAsync([path]);

            var result = Assert.Single(summary.Results);
            Assert.Equal(IngestOutcome.Failed, result.Outcome);
            Assert.Contains("limit is 1,000 bytes", result.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task IngestAsync_StorageFailsMidArticle_LeavesNothingOfThatArticle()
    {
        var extractor = new FakeExtractor(input => FakeExtractor.Empty(input) with
        {
            Companies = [new ExtractedCompany("Acme Cloud", false, CompanyKind.Neocloud, []), new ExtractedCompany("Zeta Labs", true, CompanyKind.AiLab, [])],
            Deals = [TwoPartyDeal("Acme Cloud", "Zeta Labs")],
        });
        using var harness = new IngestorHarness(extractor);
        await using (var db = harness.Database.CreateContext())
        {
            await db.Database.ExecuteSqlRawAsync("CREATE TRIGGER refuse_deals BEFORE INSERT ON Deals BEGIN SELECT RAISE(ABORT, 'disk full'); END;");
        }

        var result = await harness.Ingestor.IngestAsync("a.txt", Article);

        Assert.Equal(IngestOutcome.Failed, result.Outcome);
        await using var check = harness.Database.CreateContext();
        Assert.Equal(0, await check.Articles.CountAsync());
        Assert.Equal(0, await check.Companies.CountAsync());
    }

    [Fact]
    public async Task IngestAsync_ExtractorThrows_FailsThatDocumentOnly()
    {
        var extractor = new FakeExtractor(input => input.Text.Contains("boom", StringComparison.Ordinal)
            ? throw new InvalidOperationException("rule crashed")
            : FakeExtractor.Empty(input));
        using var harness = new IngestorHarness(extractor);

        var bad = await harness.Ingestor.IngestAsync("bad.txt", Encoding.UTF8.GetBytes("boom"));
        var good = await harness.Ingestor.IngestAsync("good.txt", Article);

        Assert.Equal(IngestOutcome.Failed, bad.Outcome);
        Assert.Equal(IngestOutcome.New, good.Outcome);
    }

    [Fact]
    public async Task IngestAsync_DealFromTwoArticles_BecomesOneDealWithTwoClaims()
    {
        var extractor = new FakeExtractor(input => FakeExtractor.Empty(input) with
        {
            Deals = [TwoPartyDeal("Acme Cloud", "Zeta Labs", amount: input.Text.Contains("second", StringComparison.Ordinal) ? 1_100_000_000m : 1_000_000_000m)],
        });
        using var harness = new IngestorHarness(extractor);

        await harness.Ingestor.IngestAsync("first.txt", Encoding.UTF8.GetBytes("first report"));
        await harness.Ingestor.IngestAsync("second.txt", Encoding.UTF8.GetBytes("second report"));

        await using var db = harness.Database.CreateContext();
        var deal = await db.Deals.Include(d => d.Claims).Include(d => d.Evidence).SingleAsync();
        Assert.Equal(2, deal.Claims.Count);
        Assert.Equal(2, deal.Evidence.Count);
        Assert.Equal([1_000_000_000m, 1_100_000_000m], deal.Claims.Select(c => c.AmountUsd!.Value).Order());
    }

    [Fact]
    public async Task IngestFilesAsync_Folder_NamesSourcesByFolderAndReportsProgress()
    {
        using var harness = new IngestorHarness();
        var reports = new List<IngestProgress>();

        var summary = await harness.Ingestor.IngestFilesAsync([TestPaths.Seeds], new SynchronousProgress<IngestProgress>(reports.Add));

        Assert.Equal(5, summary.New);
        Assert.Equal(5, reports.Count);
        Assert.Equal(5, reports[^1].Done);
        Assert.All(summary.Results, r => Assert.StartsWith("seeds/", r.Source, StringComparison.Ordinal));
    }

    // An article that calls a dictionary company only by its full name keeps that name in its extraction, but the database keeps
    // one company under the dictionary's name, for the company and for the deals that name it.
    [Fact]
    public async Task IngestAsync_FullNameOnly_IsStoredUnderDictionaryName()
    {
        using var harness = new IngestorHarness();

        await harness.Ingestor.IngestAsync("a.txt", Encoding.UTF8.GetBytes("Chip news\n\nArista Networks agreed to buy Quorvant Labs for $300 million on Monday."));
        await harness.Ingestor.IngestAsync("b.txt", Encoding.UTF8.GetBytes("Chip news\n\nArista said it would buy Halvora Systems for $200 million."));

        await using var db = harness.Database.CreateContext();
        Assert.Equal(1, await db.Companies.CountAsync(c => c.Name.StartsWith("Arista")));
        Assert.Equal("Arista", (await db.Companies.SingleAsync(c => c.Name.StartsWith("Arista"))).Name);
        Assert.Equal(2, await db.DealParties.CountAsync(p => p.Company!.Name == "Arista"));
    }

    private static ExtractedDeal TwoPartyDeal(string a, string b, decimal? amount = 1_000_000_000m) =>
        new(
            [new ExtractedParty(a, DealRole.Supplier), new ExtractedParty(b, DealRole.Customer)],
            DealType.ChipSupply,
            DealStatus.Announced,
            amount,
            amount,
            "USD",
            AmountQualifier.Exact,
            PartialDate.Month(2025, 3),
            0.8,
            [new EvidenceSpan("Acme Cloud will supply GPUs to Zeta Labs.", 0, 10)],
            [],
            []);
}
