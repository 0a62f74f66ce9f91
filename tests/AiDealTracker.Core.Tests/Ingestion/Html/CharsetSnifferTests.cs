using System.Text;
using AiDealTracker.Core.Ingestion.Html;

namespace AiDealTracker.Core.Tests.Ingestion.Html;

public class CharsetSnifferTests
{
    [Theory]
    [InlineData("<meta charset=\"utf-8\">", "utf-8")]
    [InlineData("<meta charset='windows-1251'>", "windows-1251")]
    [InlineData("<META CHARSET=ISO-8859-1>", "ISO-8859-1")]
    [InlineData("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\" />", "gb2312")]
    [InlineData("<meta content=\"text/html;charset=Shift_JIS\" http-equiv=\"content-type\">", "Shift_JIS")]
    [InlineData("<meta name=\"description\" content=\"no charset here\">", null)]
    public void FindDeclaredCharset_ReturnsLabel_FromEitherDeclarationForm(string head, string? expected)
    {
        var bytes = Encoding.ASCII.GetBytes($"<html><head>{head}<title>t</title></head><body></body></html>");

        Assert.Equal(expected, CharsetSniffer.FindDeclaredCharset(bytes));
    }

    [Theory]
    [InlineData("windows-1251", "Привет, мир")]
    [InlineData("iso-8859-1", "Société Générale")]
    [InlineData("windows-1252", "Société Générale – €5bn")]
    [InlineData("shift_jis", "東京の半導体")]
    [InlineData("gb2312", "人工智能")]
    [InlineData("iso-8859-2", "Łódź")]
    public void DecodeHtml_UsesDeclaredCharset_WhenBytesAreNotUtf8(string charset, string text)
    {
        var encoding = CharsetSniffer.ResolveEncoding(charset)!;
        var bytes = encoding.GetBytes($"<html><head><meta charset=\"{charset}\"></head><body><p>{text}</p></body></html>");

        Assert.Contains(text, CharsetSniffer.DecodeHtml(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void DecodeHtml_PrefersUtf8_WhenAStaleDeclarationDisagreesWithValidUtf8Bytes()
    {
        var bytes = Encoding.UTF8.GetBytes("<html><head><meta charset=\"gb2312\"></head><body><p>人工智能迈上新台阶</p></body></html>");

        Assert.Contains("人工智能迈上新台阶", CharsetSniffer.DecodeHtml(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void DecodeHtml_HonoursBom_OverDeclaration()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("<meta charset=\"windows-1252\"><p>Zürich</p>")).ToArray();

        Assert.Equal("<meta charset=\"windows-1252\"><p>Zürich</p>", CharsetSniffer.DecodeHtml(bytes));
    }

    [Theory]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0x41 }, "A")]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x41, 0x00 }, "A")]
    [InlineData(new byte[] { 0xFE, 0xFF, 0x00, 0x41 }, "A")]
    [InlineData(new byte[] { 0x43, 0x61, 0x66, 0xE9 }, "Café")]
    [InlineData(new byte[] { 0x80, 0x35 }, "€5")]
    [InlineData(new byte[] { 0x43, 0x61, 0x66, 0xC3, 0xA9 }, "Café")]
    public void DecodeText_ReadsBomUtf8AndWindows1252(byte[] bytes, string expected)
    {
        Assert.Equal(expected, CharsetSniffer.DecodeText(bytes));
    }

    [Fact]
    public void DecodeHtml_DoesNotThrow_OnInvalidBytesUnderAUtf8Declaration()
    {
        var bytes = Encoding.ASCII.GetBytes("<meta charset=\"utf-8\"><p>price ").Concat(new byte[] { 0xC3, 0x28, 0xFF }).Concat(Encoding.ASCII.GetBytes(" end</p>")).ToArray();

        var text = CharsetSniffer.DecodeHtml(bytes);

        Assert.Contains("price", text, StringComparison.Ordinal);
        Assert.Contains("end", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("x-no-such-charset")]
    [InlineData("utf-7")]
    [InlineData("")]
    public void ResolveEncoding_ReturnsNullOrAnEncoding_NeverThrows(string label)
    {
        var encoding = CharsetSniffer.ResolveEncoding(label);

        Assert.True(encoding is null || encoding.GetString([0x41]) == "A");
    }

    [Fact]
    public void DecodeHtml_FallsBackToWindows1252_ForUnknownDeclaredCharset()
    {
        var bytes = Encoding.ASCII.GetBytes("<meta charset=\"x-klingon\"><p>caf").Concat(new byte[] { 0xE9 }).ToArray();

        Assert.EndsWith("café", CharsetSniffer.DecodeHtml(bytes), StringComparison.Ordinal);
    }
}
