using System.Diagnostics;
using System.Globalization;
using System.Text;
using AiDealTracker.Core;
using AiDealTracker.Core.Data;
using AiDealTracker.Core.Domain;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AiDealTracker.Benchmarks.Synthetic;

/// <summary>
/// Fills a fresh, migrated SQLite database with a realistic synthetic set: companies with power-law deal counts,
/// articles that each report one deal (sometimes with a different amount), evidence, mentions and compute facts.
/// Rows go in through prepared statements in one transaction, which is what makes 100,000 articles take seconds.
/// </summary>
public sealed class SyntheticDataGenerator(SyntheticSize size)
{
    private static readonly DateOnly FirstDay = new(2019, 1, 1);
    private static readonly int DaySpan = new DateOnly(2026, 10, 31).DayNumber - FirstDay.DayNumber;
    private static readonly string[] ModelStems = ["Aurora", "Sonnet", "Falcon", "Granite", "Helix", "Mistral", "Orca", "Titan", "Zenith", "Quill"];
    private static readonly string[] HardwareStems = ["H100", "B200", "MI300X", "TPU v5", "Trainium", "Gaudi", "GB200 NVL72", "Grace", "Maia", "Cerebras WSE"];
    private static readonly string[] FillerTemplates =
    [
        "{0} said demand for accelerators remained strong through the quarter.",
        "Analysts expect {0} to announce further capacity in the coming months.",
        "The agreement follows months of negotiations, according to people familiar with {0}.",
        "{0} declined to comment on the financial terms beyond the headline figure.",
        "Shares of {0} rose in early trading after the announcement.",
        "Industry observers noted that {0} has been expanding its data center footprint.",
    ];

    private static readonly (DealType Type, int Weight, DealRole First, DealRole Second, string Verb)[] TypeMix =
    [
        (DealType.Investment, 25, DealRole.Investor, DealRole.Investee, "invests {amount} in"),
        (DealType.ChipSupply, 15, DealRole.Supplier, DealRole.Buyer, "will supply chips worth {amount} to"),
        (DealType.CloudCapacity, 15, DealRole.Provider, DealRole.Customer, "signs a {amount} cloud capacity deal with"),
        (DealType.Partnership, 14, DealRole.Partner, DealRole.Partner, "partners with"),
        (DealType.Acquisition, 6, DealRole.Acquirer, DealRole.Target, "acquires"),
        (DealType.Power, 7, DealRole.Supplier, DealRole.Customer, "agrees a {amount} power contract with"),
        (DealType.JointVenture, 4, DealRole.Partner, DealRole.Partner, "forms a {amount} joint venture with"),
        (DealType.FundingProgram, 3, DealRole.Investor, DealRole.Investee, "launches a {amount} funding program for"),
        (DealType.Talks, 5, DealRole.Partner, DealRole.Partner, "is in talks with"),
        (DealType.Hiring, 2, DealRole.Acquirer, DealRole.Target, "hires the team of"),
        (DealType.Other, 4, DealRole.Other, DealRole.Other, "announces a deal with"),
    ];

    private readonly Random _random = new(size.Seed);

    public async Task<SyntheticStats> GenerateAsync(string databasePath, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        foreach (var file in new[] { databasePath, databasePath + "-wal", databasePath + "-shm" })
        {
            File.Delete(file);
        }

        var connectionString = new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = false }.ToString();
        var options = DealTrackerCoreExtensions.ConfigureSqlite(new DbContextOptionsBuilder<DealTrackerDbContext>(), connectionString);
        await using (var db = new DealTrackerDbContext((DbContextOptions<DealTrackerDbContext>)options.Options))
        {
            await db.Database.MigrateAsync(cancellationToken);
        }

        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF; PRAGMA cache_size=-200000;");
        await using (var transaction = connection.BeginTransaction())
        {
            var rows = Fill(connection, transaction);
            transaction.Commit();
            return new SyntheticStats(size, rows, clock.Elapsed);
        }
    }

    private long Fill(SqliteConnection connection, SqliteTransaction transaction)
    {
        long rows = 0;
        var now = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero).UtcTicks;

        var companies = SyntheticNames.Companies(_random, size.Companies);
        using (var insert = new BatchInsert(connection, transaction, "Companies", "Id", "Name", "Kind", "IsNew", "ReviewState", "HumanOwned", "MergedIntoId", "Version"))
        using (var alias = new BatchInsert(connection, transaction, "CompanyAliases", "CompanyId", "Alias", "AddedByEditor"))
        {
            for (var i = 0; i < companies.Count; i++)
            {
                insert.Run(i + 1, companies[i], _random.Next(10), 0, (int)ReviewState.Accepted, 0, null, 0);
                if (i % 3 == 0)
                {
                    alias.Run(i + 1, companies[i] + " Inc.", 0);
                    rows++;
                }
            }

            rows += companies.Count;
        }

        var models = SyntheticNames.Numbered(ModelStems, size.Models);
        using (var insert = new BatchInsert(connection, transaction, "AiModels", "Id", "Name", "Family", "DeveloperId", "ReviewState", "HumanOwned"))
        {
            for (var i = 0; i < models.Count; i++)
            {
                insert.Run(i + 1, models[i], ModelStems[i % ModelStems.Length], PickCompany() + 1, 0, 0);
            }

            rows += models.Count;
        }

        var hardware = SyntheticNames.Numbered(HardwareStems, size.Hardware);
        using (var insert = new BatchInsert(connection, transaction, "Hardware", "Id", "Name", "Vendor", "Kind", "ReviewState", "HumanOwned"))
        {
            for (var i = 0; i < hardware.Count; i++)
            {
                insert.Run(i + 1, hardware[i], companies[i % companies.Count], i % 5, 0, 0);
            }

            rows += hardware.Count;
        }

        var deals = new SyntheticDeal[size.Deals];
        using (var insert = new BatchInsert(connection, transaction, "Deals",
            "Id", "Type", "Status", "AmountUsd", "Amount", "Currency", "AmountQualifier", "Date", "DatePrecision", "Confidence", "ReviewState",
            "HumanOwned", "Fingerprint", "Summary", "MergedIntoId", "CreatedAt", "UpdatedAt", "Version"))
        using (var party = new BatchInsert(connection, transaction, "DealParties", "DealId", "CompanyId", "Role"))
        using (var dealModel = new BatchInsert(connection, transaction, "DealModels", "DealId", "AiModelId"))
        using (var dealHardware = new BatchInsert(connection, transaction, "DealHardware", "DealId", "HardwareId", "Quantity"))
        {
            for (var i = 0; i < deals.Length; i++)
            {
                var deal = NewDeal(i + 1, companies);
                deals[i] = deal;
                var review = _random.NextDouble() < 0.02 ? ReviewState.Rejected : _random.NextDouble() < 0.3 ? ReviewState.Accepted : ReviewState.Pending;
                insert.Run(deal.Id, (int)deal.Type, _random.Next(4), Cents(deal.AmountUsd), Cents(deal.AmountUsd), deal.AmountUsd is null ? null : "USD", 0,
                    deal.Date.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), (int)deal.Date.Precision, 0.5 + (_random.NextDouble() / 2),
                    (int)review, 0, $"{DealTypeNames.Slug(deal.Type)}|{deal.First}|{deal.Second}", deal.Sentence.TrimEnd('.'), null, now, now, 1);
                party.Run(deal.Id, deal.First + 1, (int)deal.FirstRole);
                party.Run(deal.Id, deal.Second + 1, (int)deal.SecondRole);
                rows += 3;
                if (deal.Type is DealType.ChipSupply or DealType.CloudCapacity)
                {
                    dealHardware.Run(deal.Id, _random.Next(hardware.Count) + 1, (long)_random.Next(1, 500) * 1000);
                    rows++;
                }

                if (deal.Type is DealType.Partnership && _random.NextDouble() < 0.3)
                {
                    dealModel.Run(deal.Id, _random.Next(models.Count) + 1);
                    rows++;
                }
            }
        }

        using var article = new BatchInsert(connection, transaction, "Articles",
            "Id", "Source", "Url", "Title", "Byline", "SiteName", "Language", "Published", "PublishedPrecision", "Format", "ContentHash", "RawText",
            "Text", "IngestedAt", "ExtractedAt", "ExtractorVersion");
        using var claim = new BatchInsert(connection, transaction, "DealClaims", "DealId", "ArticleId", "Type", "Status", "AmountUsd", "Date", "DatePrecision", "Confidence");
        using var evidence = new BatchInsert(connection, transaction, "Evidence", "ArticleId", "SentenceText", "Start", "End", "DealId", "ComputeFactId", "AddedByEditor");
        using var mention = new BatchInsert(connection, transaction, "Mentions", "ArticleId", "Kind", "Start", "End", "Value");
        using var compute = new BatchInsert(connection, transaction, "ComputeFacts", "Id", "ArticleId", "CompanyId", "AiModelId", "HardwareId", "Quantity", "ReviewState");
        var sites = new[] { "The Register", "Data Center Dynamics", "Reuters", "Bloomberg", "The Information", "SemiAnalysis", "TechCrunch" };
        var computeId = 0;
        for (var a = 1; a <= size.Articles; a++)
        {
            // The first articles each break one deal; the rest report a deal again, favouring the big ones.
            var deal = a <= deals.Length ? deals[a - 1] : deals[PickDealIndex(deals.Length)];
            var amount = deal.AmountUsd is { } usd && _random.NextDouble() < 0.1 ? Math.Round(usd * 1.5m / 1_000_000m) * 1_000_000m : deal.AmountUsd;
            var sentence = amount == deal.AmountUsd ? deal.Sentence : deal.Sentence.Replace(Money(deal.AmountUsd), Money(amount), StringComparison.Ordinal);
            var text = new StringBuilder();
            var spans = new List<(int Start, int End, MentionKind Kind, string Value)>();
            var dealAt = _random.Next(1, 5);
            var sentenceStart = 0;
            for (var s = 0; s < 7; s++)
            {
                if (s == dealAt)
                {
                    sentenceStart = text.Length;
                    text.Append(sentence).Append(' ');
                    spans.Add((sentenceStart, sentenceStart + companies[deal.First].Length, MentionKind.Company, companies[deal.First]));
                    var second = sentence.IndexOf(companies[deal.Second], companies[deal.First].Length, StringComparison.Ordinal);
                    if (second >= 0)
                    {
                        spans.Add((sentenceStart + second, sentenceStart + second + companies[deal.Second].Length, MentionKind.Company, companies[deal.Second]));
                    }

                    var money = amount is null ? -1 : sentence.IndexOf(Money(amount), StringComparison.Ordinal);
                    if (money >= 0)
                    {
                        spans.Add((sentenceStart + money, sentenceStart + money + Money(amount).Length, MentionKind.Amount,
                            amount!.Value.ToString(CultureInfo.InvariantCulture)));
                    }

                    continue;
                }

                var name = companies[PickCompany()];
                var template = FillerTemplates[_random.Next(FillerTemplates.Length)];
                var at = text.Length + template.IndexOf("{0}", StringComparison.Ordinal);
                text.Append(string.Format(CultureInfo.InvariantCulture, template, name)).Append(' ');
                spans.Add((at, at + name.Length, MentionKind.Company, name));
            }

            var dateSentence = $"The deal was reported in {deal.Date.ToDisplayString()}.";
            spans.Add((text.Length + 25, text.Length + 25 + deal.Date.ToDisplayString().Length, MentionKind.Date, deal.Date.ToIsoString()));
            text.Append(dateSentence);
            var body = text.ToString();
            var published = deal.Date.Start.AddDays(_random.Next(0, 20));
            article.Run(a, $"synthetic/{a:D6}.txt", $"https://news.example/{a}", sentence.TrimEnd('.'), "Staff reporter", sites[a % sites.Length], "en",
                published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), 0, 0, a.ToString("x64", CultureInfo.InvariantCulture), body, body, now, now, "synthetic");
            claim.Run(deal.Id, a, (int)deal.Type, _random.Next(4), Cents(amount), deal.Date.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                (int)deal.Date.Precision, 0.8);
            evidence.Run(a, sentence, sentenceStart, sentenceStart + sentence.Length, deal.Id, null, 0);
            foreach (var (start, end, kind, value) in spans)
            {
                mention.Run(a, (int)kind, start, end, value);
            }

            rows += 3 + spans.Count;
            if (a % 20 == 0)
            {
                computeId++;
                compute.Run(computeId, a, PickCompany() + 1, _random.Next(models.Count) + 1, _random.Next(hardware.Count) + 1, (long)_random.Next(1, 200) * 1000, 0);
                rows++;
            }
        }

        return rows;
    }

    private SyntheticDeal NewDeal(int id, List<string> companies)
    {
        var roll = _random.Next(TypeMix.Sum(t => t.Weight));
        var mix = TypeMix[0];
        foreach (var candidate in TypeMix)
        {
            if (roll < candidate.Weight)
            {
                mix = candidate;
                break;
            }

            roll -= candidate.Weight;
        }

        var first = PickCompany();
        var second = PickCompany();
        while (second == first)
        {
            second = _random.Next(companies.Count);
        }

        decimal? amount = _random.NextDouble() < 0.85 && mix.Type is not DealType.Hiring and not DealType.Talks
            ? Math.Clamp(Math.Round((decimal)Math.Exp(20 + (1.6 * Gaussian())) / 1_000_000m) * 1_000_000m, 1_000_000m, 500_000_000_000m)
            : null;
        var day = FirstDay.AddDays(_random.Next(DaySpan));
        var precisionRoll = _random.NextDouble();
        var date = precisionRoll switch
        {
            < 0.7 => new PartialDate(day, DatePrecision.Day),
            < 0.9 => PartialDate.Month(day.Year, day.Month),
            < 0.97 => PartialDate.Quarter(day.Year, ((day.Month - 1) / 3) + 1),
            _ => PartialDate.Year(day.Year),
        };
        var verb = mix.Verb.Replace("{amount}", amount is null ? "new" : Money(amount), StringComparison.Ordinal);
        var sentence = $"{companies[first]} {verb} {companies[second]}.";
        return new SyntheticDeal(id, mix.Type, first, second, mix.First, mix.Second, amount, date, sentence);
    }

    /// <summary>A company index with probability falling as a power of its rank: a few giants, a long tail.</summary>
    private int PickCompany() => Math.Min(size.Companies - 1, (int)(Math.Pow(_random.NextDouble(), 2.2) * size.Companies));

    private int PickDealIndex(int count) => (int)(Math.Pow(_random.NextDouble(), 1.5) * count);

    private double Gaussian() => Math.Sqrt(-2 * Math.Log(1 - _random.NextDouble())) * Math.Cos(2 * Math.PI * _random.NextDouble());

    private static long? Cents(decimal? usd) => usd is { } v ? (long)(v * 100) : null;

    private static string Money(decimal? usd) => usd switch
    {
        null => "",
        >= 1_000_000_000m => "$" + (usd.Value / 1_000_000_000m).ToString("0.#", CultureInfo.InvariantCulture) + " billion",
        _ => "$" + (usd.Value / 1_000_000m).ToString("0", CultureInfo.InvariantCulture) + " million",
    };

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
