namespace AiDealTracker.Web.Hosting;

/// <summary>The first admin, created at start-up when no admin exists: the email from configuration, the password from an environment variable.</summary>
public sealed class BootstrapAdminOptions
{
    public string? Email { get; set; }

    /// <summary>The name of the environment variable holding the password; never the password itself.</summary>
    public string PasswordVariable { get; set; } = "AIDEALTRACKER_ADMIN_PASSWORD";
}
