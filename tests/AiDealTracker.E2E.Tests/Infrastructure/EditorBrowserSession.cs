using Microsoft.Data.Sqlite;
using Microsoft.Playwright;

namespace AiDealTracker.E2E.Tests.Infrastructure;

/// <summary>A browser session whose app starts with a first admin made from configuration, as in production.</summary>
public sealed class EditorBrowserSession : BrowserSession
{
    public const string AdminEmail = "admin@example.com";
    public const string AdminPassword = "a long test passphrase";

    public EditorBrowserSession()
    {
        Environment = new Dictionary<string, string>
        {
            ["Auth__BootstrapAdmin__Email"] = AdminEmail,
            ["AIDEALTRACKER_ADMIN_PASSWORD"] = AdminPassword,
        };
    }

    public static async Task SignInAsync(IPage page, string returnUrl, string email = AdminEmail, string password = AdminPassword)
    {
        await page.GotoAsync("/account/login?returnUrl=" + Uri.EscapeDataString(returnUrl));
        await page.Locator("#email").FillAsync(email);
        await page.Locator("#password").FillAsync(password);
        await page.Locator("button[type=submit]").ClickAsync();
        await page.WaitForURLAsync("**" + returnUrl);
        await page.Locator("main[data-interactive='true']").WaitForAsync();
    }

    /// <summary>Inserts a pending deal between two new companies, supported by the first sentence of the first article; returns its id.</summary>
    public int SeedDeal(string investor, string investee, decimal amountUsd, double confidence)
    {
        using var connection = new SqliteConnection($"Data Source={App.DatabasePath}");
        connection.Open();
        var investorId = Company(connection, investor);
        var investeeId = Company(connection, investee);
        var dealId = Scalar(connection,
            """
            INSERT INTO Deals (Type, Status, AmountUsd, Amount, Currency, AmountQualifier, Date, DatePrecision, Confidence, ReviewState, HumanOwned,
                               Fingerprint, Summary, CreatedAt, UpdatedAt, Version)
            VALUES (0, 0, $cents, $cents, 'USD', 0, '2025-06-01', 1, $confidence, 0, 0, $fingerprint, $summary, 0, 0, 0);
            SELECT last_insert_rowid();
            """,
            ("$cents", (long)(amountUsd * 100)), ("$confidence", confidence),
            ("$fingerprint", $"Investment|{Math.Min(investorId, investeeId)},{Math.Max(investorId, investeeId)}"), ("$summary", $"{investor} invests in {investee}"));
        Scalar(connection, "INSERT INTO DealParties (DealId, CompanyId, Role) VALUES ($d, $c, 1), ($d, $e, 2); SELECT 0;", ("$d", dealId), ("$c", investorId), ("$e", investeeId));
        Scalar(connection,
            """
            INSERT INTO Evidence (ArticleId, SentenceText, Start, End, DealId, AddedByEditor)
            SELECT Id, substr(Text, 1, 80), 0, min(80, length(Text)), $d, 0 FROM Articles ORDER BY Id LIMIT 1;
            INSERT INTO DealClaims (DealId, ArticleId, Type, Status, AmountUsd, Date, DatePrecision, Confidence)
            SELECT $d, Id, 0, 0, $cents, '2025-06-01', 1, 0.5 FROM Articles ORDER BY Id LIMIT 1;
            SELECT 0;
            """,
            ("$d", dealId), ("$cents", (long)(amountUsd * 100)));
        return (int)dealId;
    }

    public int CompanyId(string name)
    {
        using var connection = new SqliteConnection($"Data Source={App.DatabasePath}");
        connection.Open();
        return (int)Company(connection, name);
    }

    private static long Company(SqliteConnection connection, string name) =>
        Scalar(connection,
            """
            INSERT OR IGNORE INTO Companies (Name, Kind, IsNew, ReviewState, HumanOwned, Version) VALUES ($n, 0, 0, 0, 0, 0);
            SELECT Id FROM Companies WHERE Name = $n;
            """,
            ("$n", name));

    private static long Scalar(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
