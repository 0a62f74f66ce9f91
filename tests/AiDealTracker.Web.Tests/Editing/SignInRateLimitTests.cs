using System.Net;
using AiDealTracker.Web.Tests.Infrastructure;

namespace AiDealTracker.Web.Tests.Editing;

public class SignInRateLimitTests(SignInRateLimitTests.Factory factory) : IClassFixture<SignInRateLimitTests.Factory>
{
    [Fact]
    public async Task SignIn_BeyondTheAttemptsPerMinute_Answers429()
    {
        var client = factory.CreateClientWithoutRedirects();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await client.SignInAsync($"someone{i}@example.com", "not a real password");
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.TooManyRequests], statuses);
    }

    public sealed class Factory : DealTrackerWebFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Auth:SignInAttemptsPerMinute"] = "3" };
    }
}
