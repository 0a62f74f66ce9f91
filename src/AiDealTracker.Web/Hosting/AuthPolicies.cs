namespace AiDealTracker.Web.Hosting;

public static class AuthPolicies
{
    /// <summary>Every change to data: the Editor or Admin role.</summary>
    public const string Edit = "Edit";

    public const string SignInRateLimit = "sign-in";
}
