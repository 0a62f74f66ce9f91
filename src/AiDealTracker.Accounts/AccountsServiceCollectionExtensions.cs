using AiDealTracker.Core;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace AiDealTracker.Accounts;

public static class AccountsServiceCollectionExtensions
{
    /// <summary>The account store: Identity's user and role managers over <see cref="AccountsDbContext"/>, with lockout.</summary>
    public static IdentityBuilder AddDealTrackerAccounts(this IServiceCollection services, string? connectionString, string baseDirectory)
    {
        var resolved = DealTrackerCoreExtensions.ResolveConnectionString(connectionString ?? DealTrackerCoreExtensions.DefaultConnectionString, baseDirectory);
        services.AddDbContext<AccountsDbContext>(options => options
            .UseSqlite(resolved, sqlite => sqlite.MigrationsHistoryTable(AccountsDbContext.MigrationsHistoryTable))
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning)));
        services.AddScoped<AccountsInitializer>();
        services.AddScoped<UserAdministration>();
        return services
            .AddIdentityCore<IdentityUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 12;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireDigit = false;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AccountsDbContext>();
    }
}
