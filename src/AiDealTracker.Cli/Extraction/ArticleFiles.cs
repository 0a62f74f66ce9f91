using AiDealTracker.Core.Extraction;
using AiDealTracker.Core.Ingestion;

namespace AiDealTracker.Cli.Extraction;

/// <summary>Reads article files with the ingestion reader and runs extraction on them.</summary>
internal static class ArticleFiles
{
    private static readonly string[] Extensions = [".txt", ".md", ".html", ".htm"];

    public static List<string> Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal));
            }
            else
            {
                files.Add(path);
            }
        }

        return files;
    }

    public static (ReadDocument? Read, ExtractedDocument? Extracted, string? Error) Extract(string file, IArticleExtractor extractor)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, null, e.Message);
        }

        var result = new DocumentReader(new DocumentReaderOptions()).Read(bytes, Path.GetFileName(file));
        if (!result.Succeeded)
        {
            return (null, null, result.Error ?? "unreadable");
        }

        var read = result.Document!;
        try
        {
            return (read, extractor.Extract(new ExtractionInput(read.Text, read.Title, read.Published)), null);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or IndexOutOfRangeException or FormatException or OverflowException)
        {
            return (read, null, "extraction failed: " + e.Message);
        }
    }
}
