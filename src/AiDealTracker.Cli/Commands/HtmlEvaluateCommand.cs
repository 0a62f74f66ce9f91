namespace AiDealTracker.Cli.Commands;

public sealed class HtmlEvaluateCommand : ICliCommand
{
    public string Name => "html-eval";

    public string Usage => "html-eval <html-pages-folder>   score HTML article extraction against reference output";

    public async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellationToken)
    {
        await console.Error.WriteLineAsync("html-eval: not built yet");
        return 1;
    }
}
