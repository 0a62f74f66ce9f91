namespace AiDealTracker.Cli;

/// <summary>Where a command writes: stdout carries only results (JSON, tables), stderr carries logs and progress.</summary>
public sealed record CliConsole(TextWriter Out, TextWriter Error)
{
    public static CliConsole System { get; } = new(Console.Out, Console.Error);
}
