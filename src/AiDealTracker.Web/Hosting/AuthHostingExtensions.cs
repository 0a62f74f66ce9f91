using System.Threading.RateLimiting;
using AiDealTracker.Accounts;
using AiDealTracker.Core.Editing;
using AiDealTracker.Web.Features.Editing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace AiDealTracker.Web.Hosting;

public static class AuthHostingExtensions
{
    /// <summary>Accounts with roles, cookie sign-in, the Edit policy, sign-in rate limiting and the editor use cases.</summary>
    public static void AddDealTrackerAuth(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        builder.Services.AddSingleton(options);
        builder.Services
            .AddDealTrackerAccounts(builder.Configuration.GetConnectionString("DealTracker"), builder.Environment.ContentRootPath)
            .AddSignInManager();
        builder.Services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        builder.Services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/account/login";
            cookie.AccessDeniedPath = "/account/denied";
            cookie.Cookie.Name = "AiDealTracker.Auth";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.SlidingExpiration = true;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(12);
            cookie.Events.OnRedirectToLogin = context => ApiStatusOrRedirect(context, StatusCodes.Status401Unauthorized);
            cookie.Events.OnRedirectToAccessDenied = context => ApiStatusOrRedirect(context, StatusCodes.Status403Forbidden);
        });
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(AuthPolicies.Edit, policy => policy.RequireAuthenticatedUser().RequireRole(EditorRoles.Editor, EditorRoles.Admin));
        if (options.RequireAccountToRead)
        {
            builder.Services.AddAuthorizationBuilder()
                .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        }

        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddScoped<Microsoft.AspNetCore.Components.Authorization.AuthenticationStateProvider, AuthRevalidatingStateProvider>();
        builder.Services.Configure<SecurityStampValidatorOptions>(stamp => stamp.ValidationInterval = TimeSpan.FromMinutes(1));
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(AuthPolicies.SignInRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = Math.Max(1, options.SignInAttemptsPerMinute),
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
        });
        builder.Services.AddDealTrackerEditing();
        builder.Services.AddSingleton<ReextractionJobs>();
        builder.Services.AddSingleton<EditingChoices>();
        builder.Services.AddSingleton<Features.Review.ReviewQueueQuery>();
        builder.Services.AddSingleton<Features.Review.ReviewActions>();
        builder.Services.AddSingleton<Features.Audit.AuditLogQuery>();
    }

    /// <summary>Migrates the account tables, creates the roles and, when configured and no admin exists yet, the first admin.</summary>
    public static async Task InitializeAccountsAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AccountsInitializer>().InitializeAsync();
        var bootstrap = app.Services.GetRequiredService<AuthOptions>().BootstrapAdmin;
        if (string.IsNullOrWhiteSpace(bootstrap.Email))
        {
            return;
        }

        var logger = app.Services.GetRequiredService<ILogger<AuthOptions>>();
        var users = scope.ServiceProvider.GetRequiredService<UserAdministration>();
        if (await users.AnyAdminAsync())
        {
            return;
        }

        var password = Environment.GetEnvironmentVariable(bootstrap.PasswordVariable);
        if (string.IsNullOrEmpty(password))
        {
            logger.LogWarning("Auth:BootstrapAdmin:Email is set but the environment variable {Variable} is empty; no admin was created", bootstrap.PasswordVariable);
            return;
        }

        var errors = await users.AddAsync(bootstrap.Email, password, EditorRoles.Admin);
        if (errors.Count > 0)
        {
            logger.LogError("The first admin could not be created: {Errors}", string.Join(" ", errors));
        }
        else
        {
            logger.LogInformation("Created the first admin account {Email}", bootstrap.Email);
        }
    }

    private static Task ApiStatusOrRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
