using System.Globalization;
using System.Text;
using AiDealTracker.Core.Domain;
using AiDealTracker.Core.Ingestion.Html;

namespace AiDealTracker.Core.Ingestion;

/// <summary>One entry point for .txt, .md and .html: checks limits, sniffs the format from the content, decodes, reads.</summary>
/// <remarks>Holds no state between calls, so one instance serves any number of threads.</remarks>
public sealed partial class DocumentReader(DocumentReaderOptions options)
{
    private const int SniffChars = 2048;

    public DocumentReaderOptions Options { get; } = options;

    public DocumentReadResult Read(byte[] content, string name)
    {
        if (content.Length == 0)
        {
            return DocumentReadResult.Fail("The file is empty.");
        }

        if (content.Length > Options.MaxBytes)
        {
            return DocumentReadResult.Fail(string.Create(
                CultureInfo.InvariantCulture,
                $"The file is {content.Length:N0} bytes; the limit is {Options.MaxBytes:N0} bytes."));
        }

        if (DescribeBinary(content) is { } binary)
        {
            return DocumentReadResult.Fail($"The file is not text: {binary}.");
        }

        var format = SniffFormat(content, name);
        if (format == ArticleFormat.Html)
        {
            return HtmlArticleReader.Read(CharsetSniffer.DecodeHtml(content), Options);
        }

        var text = CharsetSniffer.DecodeText(content);
        if (string.IsNullOrWhiteSpace(text))
        {
            return DocumentReadResult.Fail("The file holds only whitespace, no text.");
        }

        text = NormalizeLineEnds(text);
        if (format == ArticleFormat.Markdown)
        {
            text = MarkdownToText(text);
            if (string.IsNullOrWhiteSpace(text))
            {
                return DocumentReadResult.Fail("The Markdown file has no text.");
            }
        }

        var title = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        return DocumentReadResult.Ok(new ReadDocument(text, format, title, null, null, null, null));
    }

    /// <summary>What the file is when it is not text ("a PDF document"), or null when it looks like text.</summary>
    internal static string? DescribeBinary(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith("%PDF"u8))
        {
            return "it is a PDF document";
        }

        if (content.StartsWith("PK\u0003\u0004"u8))
        {
            return "it is a ZIP archive (or an Office document)";
        }

        if (content.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47]) || content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])
            || content.StartsWith("GIF8"u8) || (content.StartsWith("RIFF"u8) && content.Length > 12 && content[8..12].SequenceEqual("WEBP"u8)))
        {
            return "it is an image";
        }

        if (content.StartsWith((ReadOnlySpan<byte>)[0x1F, 0x8B]) || content.StartsWith("7z"u8) || content.StartsWith("Rar!"u8))
        {
            return "it is a compressed archive";
        }

        if (content.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]))
        {
            return "it is a legacy Office document";
        }

        return LooksBinary(content) ? "it contains binary data" : null;
    }

    internal static bool LooksBinary(ReadOnlySpan<byte> content)
    {
        if (CharsetSniffer.DetectBom(content, out _) is UnicodeEncoding)
        {
            return false;
        }

        var sample = content[..Math.Min(content.Length, 8192)];
        var control = 0;
        foreach (var b in sample)
        {
            if (b == 0)
            {
                return true;
            }

            if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B))
            {
                control++;
            }
        }

        return control > (sample.Length / 100) + 2;
    }

    /// <summary>HTML when the content is a page (doctype, &lt;html&gt;, &lt;head&gt; or &lt;body&gt; near the top), whatever the
    /// extension; an .html file of markup fragments is HTML too, but one without markup is plain text.</summary>
    internal static ArticleFormat SniffFormat(ReadOnlySpan<byte> content, string name)
    {
        var head = DecodeHead(content).AsSpan().TrimStart();
        if (head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<head", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<body", StringComparison.OrdinalIgnoreCase)
            || (head.StartsWith("<", StringComparison.Ordinal) && head.Contains("<html", StringComparison.OrdinalIgnoreCase)))
        {
            return ArticleFormat.Html;
        }

        var extension = Path.GetExtension(name);
        if (extension.Equals(".html", StringComparison.OrdinalIgnoreCase) || extension.Equals(".htm", StringComparison.OrdinalIgnoreCase)
            || extension.Equals(".xhtml", StringComparison.OrdinalIgnoreCase))
        {
            return head.StartsWith("<", StringComparison.Ordinal) ? ArticleFormat.Html : ArticleFormat.Text;
        }

        return extension.Equals(".md", StringComparison.OrdinalIgnoreCase) || extension.Equals(".markdown", StringComparison.OrdinalIgnoreCase)
            ? ArticleFormat.Markdown
            : ArticleFormat.Text;
    }

    private static string DecodeHead(ReadOnlySpan<byte> content)
    {
        var bom = CharsetSniffer.DetectBom(content, out var bomLength);
        var rest = content[bomLength..];
        if (bom is UnicodeEncoding)
        {
            return bom.GetString(rest[..Math.Min(rest.Length, SniffChars * 2)]);
        }

        // Markup is ASCII, so Latin-1 reads the markers correctly whatever the real encoding.
        return Encoding.Latin1.GetString(rest[..Math.Min(rest.Length, SniffChars)]);
    }

    private static string NormalizeLineEnds(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
}
