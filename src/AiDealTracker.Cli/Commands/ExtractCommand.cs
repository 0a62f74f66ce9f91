namespace AiDealTracker.Cli.Commands;

public sealed class ExtractCommand : ICliCommand
{
    public string Name => "extract";

    public string Usage => "extract <file-or-folder>... --json   print what extraction finds, as JSON on stdout";

    public async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellationToken)
    {
        await console.Error.WriteLineAsync("extract: not built yet");
        return 1;
    }
}
