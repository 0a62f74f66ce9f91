using System.Text;
using AiDealTracker.Core.Domain;

namespace AiDealTracker.Core.Ingestion;

/// <summary>One entry point for .txt, .md and .html: checks limits, sniffs the format, decodes the text.</summary>
public sealed class DocumentReader(DocumentReaderOptions options)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public DocumentReadResult Read(byte[] content, string name)
    {
        if (content.Length == 0)
        {
            return DocumentReadResult.Fail("The file is empty.");
        }

        if (content.Length > options.MaxBytes)
        {
            return DocumentReadResult.Fail($"The file is {content.Length:N0} bytes; the limit is {options.MaxBytes:N0} bytes.");
        }

        if (LooksBinary(content))
        {
            return DocumentReadResult.Fail("The file is not text (it contains binary data).");
        }

        var text = Decode(content);
        if (string.IsNullOrWhiteSpace(text))
        {
            return DocumentReadResult.Fail("The file has no text.");
        }

        var format = SniffFormat(text, name);
        if (format == ArticleFormat.Html)
        {
            return HtmlDocumentReader.Read(content, text);
        }

        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var title = normalized.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        return DocumentReadResult.Ok(new ReadDocument(normalized, format, title?.TrimStart('#', ' '), null, null, null, null));
    }

    internal static bool LooksBinary(ReadOnlySpan<byte> content)
    {
        var sample = content[..Math.Min(content.Length, 8192)];
        if (sample.Length >= 2 && ((sample[0] == 0xFF && sample[1] == 0xFE) || (sample[0] == 0xFE && sample[1] == 0xFF)))
        {
            return false;
        }

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

        return control > sample.Length / 100 + 2;
    }

    internal static string Decode(byte[] content)
    {
        var bomEncoding = DetectBom(content, out var bomLength);
        if (bomEncoding is not null)
        {
            return bomEncoding.GetString(content, bomLength, content.Length - bomLength);
        }

        try
        {
            return StrictUtf8.GetString(content);
        }
        catch (DecoderFallbackException)
        {
            // Not UTF-8: Windows-1252 is the usual culprit for saved news pages; Latin-1 decodes any byte.
            return Encoding.Latin1.GetString(content);
        }
    }

    internal static Encoding? DetectBom(ReadOnlySpan<byte> content, out int length)
    {
        length = 0;
        if (content.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            length = 3;
            return Encoding.UTF8;
        }

        if (content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            length = 2;
            return Encoding.Unicode;
        }

        if (content.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            length = 2;
            return Encoding.BigEndianUnicode;
        }

        return null;
    }

    internal static ArticleFormat SniffFormat(string text, string name)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 2048)).TrimStart();
        if (head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase)
            || (head.StartsWith("<", StringComparison.Ordinal) && head.Contains("<body", StringComparison.OrdinalIgnoreCase))
            || head.Contains("<head", StringComparison.OrdinalIgnoreCase))
        {
            return ArticleFormat.Html;
        }

        var extension = Path.GetExtension(name);
        if (extension.Equals(".html", StringComparison.OrdinalIgnoreCase) || extension.Equals(".htm", StringComparison.OrdinalIgnoreCase))
        {
            return head.StartsWith("<", StringComparison.Ordinal) ? ArticleFormat.Html : ArticleFormat.Text;
        }

        return extension.Equals(".md", StringComparison.OrdinalIgnoreCase) ? ArticleFormat.Markdown : ArticleFormat.Text;
    }
}
