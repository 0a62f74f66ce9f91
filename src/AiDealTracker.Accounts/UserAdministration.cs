using AiDealTracker.Core.Editing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace AiDealTracker.Accounts;

/// <summary>Creates accounts and sets their role: the one place both the command line and the web host use.</summary>
public sealed class UserAdministration(UserManager<IdentityUser> users)
{
    public async Task<IReadOnlyList<string>> AddAsync(string email, string password, string role)
    {
        if (Canonical(role) is not { } canonicalRole)
        {
            return [$"Unknown role '{role}'; use {string.Join(", ", EditorRoles.All)}."];
        }

        if (await users.FindByEmailAsync(email) is not null)
        {
            return [$"An account for {email} already exists; use set-role to change its role."];
        }

        var user = new IdentityUser { UserName = email, Email = email, EmailConfirmed = true };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return created.Errors.Select(e => e.Description).ToList();
        }

        var added = await users.AddToRoleAsync(user, canonicalRole);
        return added.Succeeded ? [] : added.Errors.Select(e => e.Description).ToList();
    }

    public async Task<IReadOnlyList<string>> SetRoleAsync(string email, string role)
    {
        if (Canonical(role) is not { } canonicalRole)
        {
            return [$"Unknown role '{role}'; use {string.Join(", ", EditorRoles.All)}."];
        }

        if (await users.FindByEmailAsync(email) is not { } user)
        {
            return [$"There is no account for {email}."];
        }

        var removed = await users.RemoveFromRolesAsync(user, await users.GetRolesAsync(user));
        var added = removed.Succeeded ? await users.AddToRoleAsync(user, canonicalRole) : removed;

        // A new stamp makes signed-in sessions re-read the account, so the old role stops working within a minute.
        var stamped = added.Succeeded ? await users.UpdateSecurityStampAsync(user) : added;
        return stamped.Succeeded ? [] : stamped.Errors.Select(e => e.Description).ToList();
    }

    public async Task<IReadOnlyList<(string Email, string Roles, bool LockedOut)>> ListAsync()
    {
        var all = await users.Users.OrderBy(u => u.Email).ToListAsync();
        var list = new List<(string, string, bool)>(all.Count);
        foreach (var user in all)
        {
            list.Add((user.Email ?? user.UserName ?? "", string.Join(",", await users.GetRolesAsync(user)), await users.IsLockedOutAsync(user)));
        }

        return list;
    }

    public async Task<bool> AnyAdminAsync() => (await users.GetUsersInRoleAsync(EditorRoles.Admin)).Count > 0;

    private static string? Canonical(string role) => EditorRoles.All.FirstOrDefault(r => r.Equals(role, StringComparison.OrdinalIgnoreCase));
}
