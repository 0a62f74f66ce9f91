using System.Text;
using System.Text.Unicode;
using System.Text.RegularExpressions;

namespace AiDealTracker.Core.Ingestion.Html;

/// <summary>Turns the bytes of a page or a text file into a string: BOM first, then a declared charset, then UTF-8, then Windows-1252.</summary>
public static partial class CharsetSniffer
{
    private const int PrescanBytes = 4096;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Windows-1252 is what browsers use for "iso-8859-1" and for undeclared legacy pages; Latin-1 if code pages are missing.</summary>
    public static Encoding Windows1252 { get; } = GetCodePage(1252) ?? Encoding.Latin1;

    public static Encoding? DetectBom(ReadOnlySpan<byte> content, out int length)
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

    /// <summary>The charset named by <c>&lt;meta charset="…"&gt;</c> or <c>&lt;meta http-equiv="Content-Type" content="text/html; charset=…"&gt;</c> near the top of the page.</summary>
    public static string? FindDeclaredCharset(ReadOnlySpan<byte> content)
    {
        var head = Encoding.Latin1.GetString(content[..Math.Min(content.Length, PrescanBytes)]);
        foreach (Match meta in MetaTag().Matches(head))
        {
            var charset = CharsetValue().Match(meta.Value);
            if (charset.Success)
            {
                return charset.Groups[1].Value;
            }
        }

        return null;
    }

    /// <summary>The encoding for a charset label, following the browser rules that matter here; null when unknown.</summary>
    public static Encoding? ResolveEncoding(string label)
    {
        var name = label.Trim().Trim('"', '\'').ToLowerInvariant();
        switch (name)
        {
            case "utf-8" or "utf8" or "unicode-1-1-utf-8":
            // A page that reached us as bytes and says UTF-16 in ASCII cannot be UTF-16: browsers read it as UTF-8.
            case "utf-16" or "utf-16le" or "utf-16be" or "unicode":
                return new UTF8Encoding(false);
            case "iso-8859-1" or "latin1" or "l1" or "ascii" or "us-ascii" or "windows-1252" or "cp1252" or "x-cp1252":
                return Windows1252;
        }

        try
        {
            return GetCodePageByName(name) ?? Encoding.GetEncoding(name);
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>Decodes an HTML page; never throws, bad bytes become U+FFFD.</summary>
    public static string DecodeHtml(byte[] content)
    {
        var bom = DetectBom(content, out var bomLength);
        if (bom is not null)
        {
            return bom.GetString(content, bomLength, content.Length - bomLength);
        }

        // Bytes that are valid UTF-8 are UTF-8 whatever the page declares: pages re-saved by a browser or an editor keep
        // their old <meta charset>, and legacy-encoded text is almost never valid UTF-8 by accident.
        if (TryDecodeUtf8(content, out var utf8))
        {
            return utf8;
        }

        var declared = FindDeclaredCharset(content);
        var encoding = declared is null ? null : ResolveEncoding(declared);
        return (encoding ?? Windows1252).GetString(content);
    }

    /// <summary>Decodes a plain-text or Markdown file: UTF-8 or UTF-16 with a BOM, UTF-8, else Windows-1252.</summary>
    public static string DecodeText(byte[] content)
    {
        var bom = DetectBom(content, out var bomLength);
        return bom is not null ? bom.GetString(content, bomLength, content.Length - bomLength) : DecodeUtf8OrLegacy(content);
    }

    private static string DecodeUtf8OrLegacy(byte[] content) =>
        TryDecodeUtf8(content, out var utf8) ? utf8 : Windows1252.GetString(content);

    private static bool TryDecodeUtf8(byte[] content, out string text)
    {
        if (!Utf8.IsValid(content))
        {
            text = string.Empty;
            return false;
        }

        text = StrictUtf8.GetString(content);
        return true;
    }

    private static Encoding? GetCodePage(int codePage)
    {
        try
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(codePage);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static Encoding? GetCodePageByName(string name)
    {
        try
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"<meta\b[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaTag();

    // Matches both forms: charset="utf-8" and content="text/html; charset=windows-1251".
    [GeneratedRegex(@"charset\s*=\s*[""']?\s*([A-Za-z0-9_.:\-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CharsetValue();
}
