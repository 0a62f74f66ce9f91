namespace AiDealTracker.Cli.Commands;

public sealed class EvaluateCommand : ICliCommand
{
    public string Name => "evaluate";

    public string Usage => "evaluate <gold.jsonl> <articles-folder>   score extraction against gold labels";

    public async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellationToken)
    {
        await console.Error.WriteLineAsync("evaluate: not built yet");
        return 1;
    }
}
