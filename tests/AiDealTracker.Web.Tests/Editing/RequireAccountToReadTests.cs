using System.Net;
using AiDealTracker.Core.Editing;
using AiDealTracker.Web.Tests.Infrastructure;

namespace AiDealTracker.Web.Tests.Editing;

public class RequireAccountToReadTests(RequireAccountToReadTests.Factory factory) : IClassFixture<RequireAccountToReadTests.Factory>
{
    [Fact]
    public async Task Reading_WithTheSettingOn_NeedsAnAccount_ButSignInAndHealthStayOpen()
    {
        var anonymous = factory.CreateClientWithoutRedirects();
        var reader = await factory.SignedInClientAsync(EditorRoles.Reader);

        using var deals = await anonymous.GetAsync("/deals");
        using var api = await anonymous.GetAsync("/api/deals");
        using var health = await anonymous.GetAsync("/healthz");
        using var readerApi = await reader.GetAsync("/api/deals");

        Assert.Equal(HttpStatusCode.Redirect, deals.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.OK, readerApi.StatusCode);
    }

    public sealed class Factory : DealTrackerWebFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Auth:RequireAccountToRead"] = "true", ["Auth:SignInAttemptsPerMinute"] = "1000" };
    }
}
