using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using AiDealTracker.Cli.Extraction;
using AiDealTracker.Core.Extraction;

namespace AiDealTracker.Cli.Commands;

public sealed class ExtractCommand : ICliCommand
{
    public string Name => "extract";

    public string Usage => "extract <file-or-folder>... [--json] [--lexicon <folder>]   print what extraction finds, as JSON on stdout";

    public async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellationToken)
    {
        var paths = new List<string>();
        string? lexiconFolder = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--lexicon" && i + 1 < args.Length)
            {
                lexiconFolder = args[++i];
            }
            else if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                paths.Add(args[i]);
            }
        }

        if (paths.Count == 0)
        {
            await console.Error.WriteLineAsync("usage: " + Usage);
            return 2;
        }

        var extractor = DealExtractor.Create(Lexicon.Load(lexiconFolder));
        var failed = 0;
        using var buffer = new MemoryStream();
        await using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartArray();
            foreach (var file in ArticleFiles.Expand(paths))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var (read, extracted, error) = ArticleFiles.Extract(file, extractor);
                if (error is not null)
                {
                    failed++;
                    await console.Error.WriteLineAsync($"extract: {file}: {error}");
                    ExtractionJson.WriteError(writer, file, error);
                    continue;
                }

                ExtractionJson.Write(writer, file, read!, extracted!);
                await console.Error.WriteLineAsync($"extract: {file}: {extracted!.Companies.Count} companies, {extracted.Deals.Count} deals");
            }

            writer.WriteEndArray();
        }

        await console.Out.WriteLineAsync(Encoding.UTF8.GetString(buffer.ToArray()));
        return failed > 0 ? 1 : 0;
    }
}
