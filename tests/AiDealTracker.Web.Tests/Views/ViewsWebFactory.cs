using AiDealTracker.Core.Data;
using AiDealTracker.Core.Domain;
using AiDealTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AiDealTracker.Web.Tests.Views;

/// <summary>
/// The app over a fresh database with a small known set added beside the seeds: two companies that invest in each
/// other's direction and buy compute back (a money cycle), a deal whose sources disagree, and an article whose text
/// carries markup that must stay text.
/// </summary>
public sealed class ViewsWebFactory : DealTrackerWebFactory
{
    public const string Alpha = "Quillon Compute";
    public const string Beta = "Brightwater Labs";
    public const string Gamma = "Ostrava Power";
    public const string Markup = "<script>alert('x')</script>";

    private readonly SemaphoreSlim _gate = new(1, 1);
    private KnownData? _data;

    public async Task<KnownData> DataAsync()
    {
        await _gate.WaitAsync();
        try
        {
            if (_data is null)
            {
                CreateClient().Dispose();
                _data = await AddKnownDataAsync();
            }

            return _data;
        }
        finally
        {
            _gate.Release();
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _gate.Dispose();
        }

        base.Dispose(disposing);
    }

    private async Task<KnownData> AddKnownDataAsync()
    {
        var factory = Services.GetRequiredService<IDbContextFactory<DealTrackerDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        var now = DateTimeOffset.UtcNow;
        var alpha = new Company { Name = Alpha, Kind = CompanyKind.Hyperscaler, Aliases = [new CompanyAlias { Alias = "Quillon" }] };
        var beta = new Company { Name = Beta, Kind = CompanyKind.AiLab };
        var gamma = new Company { Name = Gamma, Kind = CompanyKind.Utility };
        db.Companies.AddRange(alpha, beta, gamma);

        const string text = "Quillon Compute will invest $2 billion in Brightwater Labs. " + Markup + " Brightwater Labs agreed to buy cloud capacity worth $500 million from Quillon Compute in May 2025.";
        var first = NewArticle("Quillon backs Brightwater with zorbulent funding", text, "a1");
        var second = NewArticle("Brightwater investment put at $3 billion", "Sources said Quillon Compute would put $3 billion into Brightwater Labs.", "a2");
        db.Articles.AddRange(first, second);
        await db.SaveChangesAsync();

        first.Mentions.Add(new Mention { Kind = MentionKind.Company, Start = 0, End = 15, Value = Alpha });
        first.Mentions.Add(new Mention { Kind = MentionKind.Amount, Start = 28, End = 38, Value = "2000000000" });
        var investment = new Deal
        {
            Type = DealType.Investment, Status = DealStatus.Announced, AmountUsd = 2_000_000_000m, Amount = 2_000_000_000m, Currency = "USD",
            Date = new DateOnly(2025, 3, 1), DatePrecision = DatePrecision.Month, Confidence = 0.9, Summary = "Quillon Compute invests $2B in Brightwater Labs",
            Fingerprint = "test-investment", CreatedAt = now, UpdatedAt = now,
            Parties = [new DealParty { CompanyId = alpha.Id, Role = DealRole.Investor }, new DealParty { CompanyId = beta.Id, Role = DealRole.Investee }],
            Claims =
            [
                new DealClaim { ArticleId = first.Id, Type = DealType.Investment, AmountUsd = 2_000_000_000m, Date = new DateOnly(2025, 3, 1), DatePrecision = DatePrecision.Month, Confidence = 0.9 },
                new DealClaim { ArticleId = second.Id, Type = DealType.Investment, AmountUsd = 3_000_000_000m, Date = new DateOnly(2025, 3, 1), DatePrecision = DatePrecision.Month, Confidence = 0.7 },
            ],
        };
        var sentence = text.IndexOf("Brightwater Labs agreed", StringComparison.Ordinal);
        var cloud = new Deal
        {
            Type = DealType.CloudCapacity, Status = DealStatus.Announced, AmountUsd = 500_000_000m, Date = new DateOnly(2025, 5, 12), DatePrecision = DatePrecision.Day,
            Confidence = 0.8, Summary = "Brightwater Labs buys $500M of cloud capacity from Quillon Compute", Fingerprint = "test-cloud", CreatedAt = now, UpdatedAt = now,
            Parties = [new DealParty { CompanyId = alpha.Id, Role = DealRole.Provider }, new DealParty { CompanyId = beta.Id, Role = DealRole.Customer }],
            Claims = [new DealClaim { ArticleId = first.Id, Type = DealType.CloudCapacity, AmountUsd = 500_000_000m, Confidence = 0.8 }],
        };
        var power = new Deal
        {
            Type = DealType.Power, Status = DealStatus.Completed, AmountUsd = 40_000_000m, Date = new DateOnly(2024, 1, 1), DatePrecision = DatePrecision.Year,
            Confidence = 0.8, Summary = "Ostrava Power supplies Quillon Compute", Fingerprint = "test-power", CreatedAt = now, UpdatedAt = now,
            Parties = [new DealParty { CompanyId = gamma.Id, Role = DealRole.Supplier }, new DealParty { CompanyId = alpha.Id, Role = DealRole.Customer }],
        };
        db.Deals.AddRange(investment, cloud, power);
        await db.SaveChangesAsync();

        // The evidence sentence of the investment reaches into the markup, so the page must show it as text.
        var markupAt = text.IndexOf(Markup, StringComparison.Ordinal);
        db.Evidence.Add(new Evidence { ArticleId = first.Id, DealId = investment.Id, Start = 0, End = markupAt + Markup.Length, SentenceText = text[..(markupAt + Markup.Length)] });
        db.Evidence.Add(new Evidence { ArticleId = first.Id, DealId = cloud.Id, Start = sentence, End = text.Length, SentenceText = text[sentence..] });
        await db.SaveChangesAsync();
        return new KnownData(alpha.Id, beta.Id, gamma.Id, investment.Id, cloud.Id, power.Id, first.Id, second.Id);

        Article NewArticle(string title, string body, string hash) => new()
        {
            Source = $"test/{hash}.txt", Title = title, Text = body, RawText = body, ContentHash = hash.PadLeft(64, '0'), SiteName = "Test Wire",
            Byline = "A. Reporter", Published = new DateOnly(2025, 3, 20), PublishedPrecision = DatePrecision.Day, IngestedAt = now, ExtractorVersion = "test",
        };
    }
}
