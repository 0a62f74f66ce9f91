namespace AiDealTracker.Web.Tests.Infrastructure;

/// <summary>The app for tests that sign in many times: the sign-in rate limit is raised so it does not get in their way.</summary>
public class EditingWebFactory : DealTrackerWebFactory
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Auth:SignInAttemptsPerMinute"] = "1000" };
}
