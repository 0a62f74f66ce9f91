using System.Text.Json;
using System.Text.RegularExpressions;
using AiDealTracker.Core.Domain;
using AngleSharp.Dom;

namespace AiDealTracker.Core.Ingestion.Html;

/// <summary>Reads title, byline, site name, publication date and language from a parsed page, before any cleaning.</summary>
public static partial class HtmlMetadataReader
{
    private const int MaxBylineLength = 100;

    private static readonly string[] TitleKeys = ["dc:title", "dc.title", "dcterms.title", "og:title", "twitter:title", "parsely-title", "title"];

    private static readonly string[] BylineKeys = ["dc:creator", "dc.creator", "dcterms.creator", "author", "parsely-author", "article:author", "og:article:author", "sailthru.author", "byl"];

    private const string BylineSelector =
        "[rel~='author' i], [itemprop~='author'], [class*='author' i], [id*='author' i], [class*='byline' i], [id*='byline' i], "
        + "[class*='writer' i], [class*='contributor' i]";

    private static readonly char[] HintSeparators = [' ', '-', '_', '\t', '\n'];

    // class="byline", class="article__author", id="author-name"
    private static readonly HashSet<string> BylineTokens = new(StringComparer.OrdinalIgnoreCase) { "byline", "author", "authors", "authorname", "writer", "contributor", "dateline-author" };

    // class="author-bio", class="author__img", class="author-follow": about the author, not the name
    private static readonly HashSet<string> NotBylineTokens = new(StringComparer.OrdinalIgnoreCase)
    {
        "bio", "avatar", "img", "image", "photo", "box", "comment", "comments", "description", "social", "follow", "text", "about", "container", "list",
    };

    private static readonly string[] SiteNameKeys = ["og:site_name", "application-name"];

    private static readonly string[] DateKeys =
    [
        "article:published_time", "og:published_time", "published_time", "parsely-pub-date", "datepublished", "date", "pubdate",
        "publish-date", "publish_date", "publishdate", "dc.date.issued", "dc.date", "dc:date", "dcterms.issued", "dcterms.date",
        "dcterms.created", "sailthru.date", "citation_publication_date", "article.published", "article_date_original",
    ];

    // Property names an app-state blob (Next.js __NEXT_DATA__) uses for the first publication time: "publishedAt", "published_at", "datePublished".
    private static readonly string[] AppStateDateKeys = ["datepublished", "publishedat", "publishdate", "publisheddate", "firstpublished", "firstpublishedat", "pubdate", "publicationdate", "publishedon", "publishtime"];

    public static HtmlMetadata Read(IDocument document, ReadingBudget budget)
    {
        var meta = CollectMeta(document, budget);
        var jsonLd = JsonLdReader.Read(document.QuerySelectorAll("script[type='application/ld+json' i]").Select(s => s.TextContent));

        var title = ReadTitle(document, meta, jsonLd);
        var byline = ReadByline(document, meta, jsonLd, budget);
        var siteName = First(meta, SiteNameKeys) ?? Clean(jsonLd?.Publisher);
        var published = ReadPublished(document, meta, jsonLd, budget);
        var language = ReadLanguage(document, meta);
        return new HtmlMetadata(title, byline, siteName, published, language, jsonLd?.ArticleBody);
    }

    public static string? StripByPrefix(string? byline)
    {
        if (string.IsNullOrWhiteSpace(byline))
        {
            return null;
        }

        var cleaned = ByPrefix().Replace(TextNormalizer.CollapseWhitespace(byline), string.Empty).Trim();
        return cleaned.Length == 0 ? null : cleaned;
    }

    private static Dictionary<string, string> CollectMeta(IDocument document, ReadingBudget budget)
    {
        var meta = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var element in document.QuerySelectorAll("meta"))
        {
            budget.Tick();
            var content = element.GetAttribute("content");
            if (string.IsNullOrWhiteSpace(content))
            {
                continue;
            }

            foreach (var attribute in (ReadOnlySpan<string>)["property", "name", "itemprop", "http-equiv"])
            {
                var keys = element.GetAttribute(attribute);
                if (keys is null)
                {
                    continue;
                }

                foreach (var key in keys.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    meta.TryAdd(key, content.Trim());
                }
            }
        }

        return meta;
    }

    private static string? ReadTitle(IDocument document, Dictionary<string, string> meta, JsonLdArticle? jsonLd)
    {
        var titleElement = document.QuerySelector("head > title") ?? document.QuerySelector("title");
        var raw = titleElement?.TextContent;
        var fromMeta = JsonLdTitle(jsonLd, raw) ?? First(meta, TitleKeys);
        if (fromMeta is not null)
        {
            return fromMeta;
        }

        if (!string.IsNullOrWhiteSpace(raw))
        {
            return TitleCleaner.CleanDocumentTitle(raw);
        }

        var headings = document.Body?.QuerySelectorAll("h1") ?? Enumerable.Empty<IElement>();
        return headings.Select(h => Clean(h.TextContent)).FirstOrDefault(t => t is not null);
    }

    /// <summary>JSON-LD headline, or its name when both are given and only the name matches the page's &lt;title&gt;
    /// (Wikipedia: name "Hermitian matrix", headline "matrix equal to its conjugate-transpose").</summary>
    private static string? JsonLdTitle(JsonLdArticle? jsonLd, string? documentTitle)
    {
        var headline = Clean(jsonLd?.Headline);
        var name = Clean(jsonLd?.Name);
        if (headline is null || name is null || documentTitle is null)
        {
            return headline ?? name;
        }

        var cleanTitle = TextNormalizer.CollapseWhitespace(documentTitle);
        var matchesHeadline = cleanTitle.StartsWith(headline, StringComparison.OrdinalIgnoreCase);
        var matchesName = cleanTitle.StartsWith(name, StringComparison.OrdinalIgnoreCase);
        return matchesName && !matchesHeadline ? name : headline;
    }

    private static string? ReadByline(IDocument document, Dictionary<string, string> meta, JsonLdArticle? jsonLd, ReadingBudget budget)
    {
        var fromMeta = StripByPrefix(jsonLd?.Author)
            ?? BylineKeys.Select(k => meta.GetValueOrDefault(k)).Where(v => v is not null && !LooksLikeUrl(v)).Select(StripByPrefix).FirstOrDefault(v => v is not null);
        if (fromMeta is not null)
        {
            return fromMeta;
        }

        var body = document.Body;
        if (body is null)
        {
            return null;
        }

        foreach (var element in body.QuerySelectorAll(BylineSelector))
        {
            budget.Tick();
            if (!IsBylineElement(element))
            {
                continue;
            }

            var named = element.QuerySelector("[itemprop~='name']") ?? element;
            var text = StripByPrefix(named.TextContent);
            if (text is not null && text.Length <= MaxBylineLength && LooksLikeName(text))
            {
                return text;
            }
        }

        return null;
    }

    private static bool IsBylineElement(IElement element)
    {
        if (element.GetAttribute("rel") is { } rel && rel.Contains("author", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (element.GetAttribute("itemprop") is { } itemprop && itemprop.Contains("author", StringComparison.Ordinal))
        {
            return true;
        }

        var tokens = $"{element.ClassName} {element.Id}".Split(HintSeparators, StringSplitOptions.RemoveEmptyEntries);
        return tokens.Any(t => BylineTokens.Contains(t)) && !tokens.Any(t => NotBylineTokens.Contains(t));
    }

    /// <summary>"Jane Doe" or "Jane Doe and John Roe", not avatar initials ("J J") or a sentence.</summary>
    private static bool LooksLikeName(string text) =>
        text.Split(' ').Any(word => word.Count(char.IsLetter) >= 2) && !text.Contains(". ", StringComparison.Ordinal);

    private static PartialDate? ReadPublished(IDocument document, Dictionary<string, string> meta, JsonLdArticle? jsonLd, ReadingBudget budget)
    {
        foreach (var value in DateKeys.Select(k => meta.GetValueOrDefault(k)).Prepend(jsonLd?.DatePublished))
        {
            if (PublishedDateParser.TryParse(value, out var date))
            {
                return date;
            }
        }

        if (FromTimeElement(document, budget) is { } fromTime)
        {
            return fromTime;
        }

        if (FromAppState(document, budget) is { } fromState)
        {
            return fromState;
        }

        foreach (var url in new[] { meta.GetValueOrDefault("og:url"), document.QuerySelector("link[rel~='canonical' i]")?.GetAttribute("href"), jsonLd?.Url })
        {
            if (PublishedDateParser.TryParseUrl(url, out var date))
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>A &lt;time datetime&gt; marked as the publication time, or the first one in the article that is not an "Updated" stamp.</summary>
    private static PartialDate? FromTimeElement(IDocument document, ReadingBudget budget)
    {
        var times = document.QuerySelectorAll("time[datetime]");
        var marked = times.FirstOrDefault(t => (t.GetAttribute("itemprop") ?? string.Empty).Contains("datePublished", StringComparison.OrdinalIgnoreCase)
            || (t.GetAttribute("pubdate") is not null)
            || PublishedHint().IsMatch($"{t.ClassName} {t.ParentElement?.ClassName}"));
        var inArticle = times.FirstOrDefault(t => t.Closest("article, main, [itemprop~='articleBody']") is not null && !IsUpdateStamp(t));
        foreach (var time in new[] { marked, inArticle })
        {
            budget.Tick();
            if (time is not null && PublishedDateParser.TryParse(time.GetAttribute("datetime"), out var date))
            {
                return date;
            }
        }

        return null;
    }

    private static bool IsUpdateStamp(IElement time)
    {
        var context = $"{time.ClassName} {time.ParentElement?.ClassName} {time.ParentElement?.TextContent}";
        return UpdatedHint().IsMatch(context);
    }

    private static PartialDate? FromAppState(IDocument document, ReadingBudget budget)
    {
        var script = document.QuerySelector("script#__NEXT_DATA__") ?? document.QuerySelector("script[type='application/json']");
        if (script is null)
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { MaxDepth = 128 });
            return FindDate(json.RootElement, budget, 0);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static PartialDate? FindDate(JsonElement element, ReadingBudget budget, int depth)
    {
        budget.Tick();
        if (depth > 32)
        {
            return null;
        }

        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                var key = property.Name.Replace("_", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
                if (property.Value.ValueKind == JsonValueKind.String && AppStateDateKeys.Contains(key)
                    && PublishedDateParser.TryParse(property.Value.GetString(), out var date))
                {
                    return date;
                }
            }

            foreach (var property in element.EnumerateObject())
            {
                if (FindDate(property.Value, budget, depth + 1) is { } nested)
                {
                    return nested;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                if (FindDate(item, budget, depth + 1) is { } nested)
                {
                    return nested;
                }
            }
        }

        return null;
    }

    private static string? ReadLanguage(IDocument document, Dictionary<string, string> meta)
    {
        var lang = document.DocumentElement?.GetAttribute("lang")?.Trim();
        if (!string.IsNullOrEmpty(lang))
        {
            return lang;
        }

        var locale = meta.GetValueOrDefault("og:locale") ?? meta.GetValueOrDefault("content-language") ?? meta.GetValueOrDefault("language");
        return string.IsNullOrWhiteSpace(locale) ? null : locale.Trim().Replace('_', '-');
    }

    private static string? First(Dictionary<string, string> meta, string[] keys) =>
        keys.Select(k => Clean(meta.GetValueOrDefault(k))).FirstOrDefault(v => v is not null);

    private static string? Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var collapsed = TextNormalizer.CollapseWhitespace(System.Net.WebUtility.HtmlDecode(value));
        return collapsed.Length == 0 ? null : collapsed;
    }

    private static bool LooksLikeUrl(string value) =>
        value.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || value.StartsWith('/');

    // "By Jane Doe", "by: Jane Doe", "Posted by Jane Doe", "Written by Jane Doe"
    [GeneratedRegex(@"^\s*(?:(?:posted|written|words|story|text)\s+)?by\b[:\s]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ByPrefix();

    // class="published", class="post-date"
    [GeneratedRegex(@"publish|posted|post-date|entry-date|pubdate", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PublishedHint();

    // "Updated May 15", class="modified"
    [GeneratedRegex(@"updated|modified|edited|revised", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UpdatedHint();
}
