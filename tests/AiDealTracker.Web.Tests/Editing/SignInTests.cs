using System.Net;
using AiDealTracker.Core.Editing;
using AiDealTracker.Web.Tests.Infrastructure;

namespace AiDealTracker.Web.Tests.Editing;

public class SignInTests(EditingWebFactory factory) : IClassFixture<EditingWebFactory>
{
    [Fact]
    public async Task SignIn_WithoutAntiforgeryToken_IsRefused()
    {
        var client = factory.CreateClientWithoutRedirects();

        using var response = await client.PostAsync("/account/login/password", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = "nobody@example.com",
            ["password"] = "whatever it is",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task SignIn_WithAWrongPasswordFiveTimes_LocksTheAccount()
    {
        await factory.CreateUserAsync("locked@example.com", EditorRoles.Editor);
        var client = factory.CreateClientWithoutRedirects();
        for (var i = 0; i < 5; i++)
        {
            using var wrong = await client.SignInAsync("locked@example.com", "not the password at all");
            Assert.Contains("error=", wrong.Headers.Location?.OriginalString, StringComparison.Ordinal);
        }

        using var right = await client.SignInAsync("locked@example.com", AccountClients.Password);

        Assert.Contains("error=locked", right.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignOut_DropsTheCookie()
    {
        var client = await factory.SignedInClientAsync(EditorRoles.Editor, "leaving@example.com");
        var home = await client.GetDocumentAsync("/");
        var token = home.QuerySelector(".signout-form input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? "";

        using var signOut = await client.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["returnUrl"] = "/",
        }));
        using var after = await client.PostAsync("/api/editing/deals/1/accept", JsonContent.Create(new { }));

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }
}
