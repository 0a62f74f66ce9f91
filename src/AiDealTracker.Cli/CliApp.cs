using System.Reflection;

namespace AiDealTracker.Cli;

public static class CliApp
{
    public static IReadOnlyList<ICliCommand> Commands { get; } = typeof(CliApp).Assembly.GetTypes()
        .Where(t => typeof(ICliCommand).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
        .Select(t => (ICliCommand)Activator.CreateInstance(t)!)
        .OrderBy(c => c.Name, StringComparer.Ordinal)
        .ToList();

    public static async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellationToken = default)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            await PrintUsageAsync(console.Error);
            return args.Length == 0 ? 2 : 0;
        }

        var command = Commands.FirstOrDefault(c => c.Name.Equals(args[0], StringComparison.OrdinalIgnoreCase));
        if (command is null)
        {
            await console.Error.WriteLineAsync($"unknown command '{args[0]}'");
            await PrintUsageAsync(console.Error);
            return 2;
        }

        return await command.RunAsync(args[1..], console, cancellationToken);
    }

    private static async Task PrintUsageAsync(TextWriter writer)
    {
        var version = typeof(CliApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        await writer.WriteLineAsync($"aidealtracker {version}");
        await writer.WriteLineAsync("usage:");
        foreach (var command in Commands)
        {
            await writer.WriteLineAsync($"  {command.Usage}");
        }
    }
}
