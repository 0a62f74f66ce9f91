namespace AiDealTracker.Core.Tests;

internal static class TestPaths
{
    /// <summary>The folder holding AiDealTracker.sln.</summary>
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    /// <summary>Shared material sits beside the checkout; tests that need it skip when it is absent.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "AiDealTracker.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("AiDealTracker.sln not found above " + AppContext.BaseDirectory);
    }
}
