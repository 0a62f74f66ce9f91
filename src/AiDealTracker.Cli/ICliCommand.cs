namespace AiDealTracker.Cli;

/// <summary>One verb of the command line. Results go to <see cref="CliConsole.Out"/>, logs and progress to <see cref="CliConsole.Error"/>.</summary>
public interface ICliCommand
{
    string Name { get; }

    string Usage { get; }

    Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellationToken);
}
