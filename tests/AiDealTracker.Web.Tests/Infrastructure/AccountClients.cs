using AiDealTracker.Accounts;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AiDealTracker.Web.Tests.Infrastructure;

/// <summary>Accounts for tests, and HTTP clients signed in through the real sign-in form (antiforgery token included).</summary>
public static class AccountClients
{
    public const string Password = "a long test passphrase";

    public static async Task CreateUserAsync(this DealTrackerWebFactory factory, string email, string role)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var errors = await scope.ServiceProvider.GetRequiredService<UserAdministration>().AddAsync(email, Password, role);
        Assert.True(errors.Count == 0 || errors.Any(e => e.Contains("already exists", StringComparison.Ordinal)), string.Join(" ", errors));
    }

    public static HttpClient CreateClientWithoutRedirects(this DealTrackerWebFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>A client holding the auth cookie of a new account with <paramref name="role"/>.</summary>
    public static async Task<HttpClient> SignedInClientAsync(this DealTrackerWebFactory factory, string role, string? email = null)
    {
        email ??= $"{role.ToLowerInvariant()}@example.com";
        await factory.CreateUserAsync(email, role);
        var client = factory.CreateClientWithoutRedirects();
        using var response = await client.SignInAsync(email, Password);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
        return client;
    }

    public static async Task<HttpResponseMessage> SignInAsync(this HttpClient client, string email, string password)
    {
        var form = await client.GetDocumentAsync("/account/login");
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? "";
        return await client.PostAsync("/account/login/password", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["email"] = email,
            ["password"] = password,
            ["returnUrl"] = "/",
        }));
    }
}
