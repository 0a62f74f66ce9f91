using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace AiDealTracker.Web.Hosting;

/// <summary>Sign-in and sign-out are plain form posts: the sign-in manager writes a cookie, which needs an HTTP response, not a circuit.</summary>
public static class AuthEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        var account = app.MapGroup("/account").AllowAnonymous();
        account.MapPost("/login/password", SignInAsync).RequireRateLimiting(AuthPolicies.SignInRateLimit);
        account.MapPost("/logout", SignOutAsync);
        return app;
    }

    private static async Task<IResult> SignInAsync(
        SignInManager<IdentityUser> signIn, [FromForm] string? email, [FromForm] string? password, [FromForm] string? returnUrl)
    {
        var back = SafeReturnUrl(returnUrl);
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password))
        {
            return TypedResults.LocalRedirect(LoginUrl("missing", back));
        }

        var result = await signIn.PasswordSignInAsync(email.Trim(), password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return TypedResults.LocalRedirect(back);
        }

        return TypedResults.LocalRedirect(LoginUrl(result.IsLockedOut ? "locked" : "invalid", back));
    }

    private static async Task<IResult> SignOutAsync(SignInManager<IdentityUser> signIn, [FromForm] string? returnUrl)
    {
        await signIn.SignOutAsync();
        return TypedResults.LocalRedirect(SafeReturnUrl(returnUrl));
    }

    private static string LoginUrl(string error, string returnUrl) =>
        $"/account/login?error={error}&returnUrl={Uri.EscapeDataString(returnUrl)}";

    internal static string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal)
            && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl
            : "/";
}
