namespace AiDealTracker.Web.Hosting;

/// <summary>The "Auth" section of the configuration.</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>When true, every page and API needs a signed-in account; by default reading is open.</summary>
    public bool RequireAccountToRead { get; set; }

    /// <summary>Sign-in attempts one address may make per minute.</summary>
    public int SignInAttemptsPerMinute { get; set; } = 10;

    public BootstrapAdminOptions BootstrapAdmin { get; set; } = new();
}
