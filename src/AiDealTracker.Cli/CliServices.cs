using AiDealTracker.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Serilog;
using Serilog.Events;

namespace AiDealTracker.Cli;

/// <summary>The services a database command needs, logging to stderr so stdout stays clean for results.</summary>
public static class CliServices
{
    public const string DatabaseVariable = "ConnectionStrings__DealTracker";

    public static ServiceProvider Build(string? databasePath, bool verbose = false)
    {
        var connectionString = databasePath is not null
            ? $"Data Source={databasePath}"
            : Environment.GetEnvironmentVariable(DatabaseVariable) ?? DealTrackerCoreExtensions.DefaultConnectionString;
        var logger = new LoggerConfiguration()
            .MinimumLevel.Is(verbose ? LogEventLevel.Information : LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
            .WriteTo.Console(standardErrorFromLevel: LogEventLevel.Verbose, formatProvider: System.Globalization.CultureInfo.InvariantCulture)
            .CreateLogger();
        var services = new ServiceCollection();
        services.AddLogging(builder => builder.AddSerilog(logger, dispose: true));
        services.AddDealTrackerCore(connectionString, Directory.GetCurrentDirectory());
        return services.BuildServiceProvider();
    }

    /// <summary>Removes "--name value" from the arguments and returns the value.</summary>
    public static string? TakeOption(List<string> args, string name)
    {
        var index = args.IndexOf(name);
        if (index < 0 || index + 1 >= args.Count)
        {
            return null;
        }

        var value = args[index + 1];
        args.RemoveRange(index, 2);
        return value;
    }

    public static bool TakeFlag(List<string> args, string name) => args.Remove(name);
}
