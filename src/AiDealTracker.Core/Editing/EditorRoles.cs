using System.Security.Claims;

namespace AiDealTracker.Core.Editing;

/// <summary>The three roles. Readers read; editors and admins change data; admins also manage accounts.</summary>
public static class EditorRoles
{
    public const string Reader = "Reader";
    public const string Editor = "Editor";
    public const string Admin = "Admin";

    /// <summary>"Editor,Admin", for authorization attributes.</summary>
    public const string EditorOrAdmin = Editor + "," + Admin;

    public static IReadOnlyList<string> All { get; } = [Reader, Editor, Admin];

    public static bool CanEdit(ClaimsPrincipal? user) =>
        user?.Identity?.IsAuthenticated == true && (user.IsInRole(Editor) || user.IsInRole(Admin));

    /// <summary>Every editor class calls this first: hiding a button is not a permission check.</summary>
    public static string Demand(ClaimsPrincipal? user) =>
        CanEdit(user) && user!.Identity!.Name is { Length: > 0 } name
            ? name
            : throw new EditNotAllowedException();
}
