using System.Text;
using System.Text.RegularExpressions;

namespace AiDealTracker.Core.Ingestion;

public sealed partial class DocumentReader
{
    /// <summary>Markdown to plain text, line by line: heading markers, emphasis, link and image syntax, code fences,
    /// quote markers and inline HTML go; the words and the line structure stay.</summary>
    internal static string MarkdownToText(string markdown)
    {
        var output = new StringBuilder(markdown.Length);
        var inFence = false;
        foreach (var rawLine in markdown.Split('\n'))
        {
            var line = rawLine.TrimEnd();
            if (FenceLine().IsMatch(line))
            {
                inFence = !inFence;
                continue;
            }

            if (inFence)
            {
                output.Append(line).Append('\n');
                continue;
            }

            if (SetextUnderline().IsMatch(line) || ReferenceDefinition().IsMatch(line) || TableSeparator().IsMatch(line))
            {
                output.Append('\n');
                continue;
            }

            line = HeadingMarker().Replace(line, string.Empty);
            line = ClosingHashes().Replace(line, string.Empty);
            line = QuoteMarker().Replace(line, string.Empty);
            line = BulletMarker().Replace(line, "$1");
            line = Image().Replace(line, "$1");
            line = InlineLink().Replace(line, "$1");
            line = ReferenceLink().Replace(line, "$1");
            line = AutoLink().Replace(line, "$1");
            line = HtmlTag().Replace(line, string.Empty);
            line = Strong().Replace(line, "$2");
            line = Emphasis().Replace(line, "$1$3");
            line = InlineCode().Replace(line, "$1");
            line = Escape().Replace(line, "$1");
            if (line.StartsWith('|') && line.EndsWith('|'))
            {
                line = line.Trim('|').Replace(" | ", "  ", StringComparison.Ordinal).Trim();
            }

            output.Append(line).Append('\n');
        }

        return System.Net.WebUtility.HtmlDecode(output.ToString().TrimEnd('\n'));
    }

    // ``` or ~~~ fences
    [GeneratedRegex(@"^\s{0,3}(```|~~~)", RegexOptions.CultureInvariant)]
    private static partial Regex FenceLine();

    // "=====" or "-----" under a heading, or a "***" rule
    [GeneratedRegex(@"^\s{0,3}([=\-*_])(\s*\1){2,}\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex SetextUnderline();

    // "[1]: https://example.com"
    [GeneratedRegex(@"^\s{0,3}\[[^\]]+\]:\s*\S+", RegexOptions.CultureInvariant)]
    private static partial Regex ReferenceDefinition();

    // "|---|:---:|"
    [GeneratedRegex(@"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TableSeparator();

    // "## Heading"
    [GeneratedRegex(@"^\s{0,3}#{1,6}\s+", RegexOptions.CultureInvariant)]
    private static partial Regex HeadingMarker();

    // "## Heading ##"
    [GeneratedRegex(@"\s+#+\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ClosingHashes();

    // "> quoted"
    [GeneratedRegex(@"^\s{0,3}(>\s?)+", RegexOptions.CultureInvariant)]
    private static partial Regex QuoteMarker();

    // "- item", "* item", "+ item"
    [GeneratedRegex(@"^(\s*)[-*+]\s+", RegexOptions.CultureInvariant)]
    private static partial Regex BulletMarker();

    // "![chart](img.png)"
    [GeneratedRegex(@"!\[([^\]]*)\]\([^)]*\)", RegexOptions.CultureInvariant)]
    private static partial Regex Image();

    // "[Nvidia](https://nvidia.com "title")"
    [GeneratedRegex(@"\[([^\]]+)\]\([^)]*\)", RegexOptions.CultureInvariant)]
    private static partial Regex InlineLink();

    // "[Nvidia][1]"
    [GeneratedRegex(@"\[([^\]]+)\]\[[^\]]*\]", RegexOptions.CultureInvariant)]
    private static partial Regex ReferenceLink();

    // "<https://example.com>"
    [GeneratedRegex(@"<((?:https?|mailto):[^>\s]+)>", RegexOptions.CultureInvariant)]
    private static partial Regex AutoLink();

    // "<span class='x'>", "</div>", "<br/>"
    [GeneratedRegex(@"</?[A-Za-z][^>]*>|<!--.*?-->", RegexOptions.CultureInvariant)]
    private static partial Regex HtmlTag();

    // "**bold**", "__bold__"
    [GeneratedRegex(@"(\*\*|__)(?=\S)(.+?)(?<=\S)\1", RegexOptions.CultureInvariant)]
    private static partial Regex Strong();

    // "*em*", "_em_" but not snake_case_names
    [GeneratedRegex(@"(?<![\w*])[*_](?=\S)(.+?)(?<=\S)[*_](?![\w*])|(?<!\w)(~~)(.+?)~~", RegexOptions.CultureInvariant)]
    private static partial Regex Emphasis();

    // "`code`"
    [GeneratedRegex(@"`([^`]*)`", RegexOptions.CultureInvariant)]
    private static partial Regex InlineCode();

    // "\*" -> "*"
    [GeneratedRegex(@"\\([\\`*_{}\[\]()#+\-.!])", RegexOptions.CultureInvariant)]
    private static partial Regex Escape();
}
