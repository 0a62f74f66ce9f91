using System.Text.Json;

namespace AiDealTracker.Core.Ingestion.Html;

/// <summary>Finds the article object in a page's JSON-LD blocks, whether top-level, in an array or in an @graph.</summary>
public static class JsonLdReader
{
    private static readonly JsonDocumentOptions Lenient = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    public static JsonLdArticle? Read(IEnumerable<string> scripts)
    {
        JsonLdArticle? fallback = null;
        foreach (var script in scripts)
        {
            var json = script.Trim();
            if (json.StartsWith("<![CDATA[", StringComparison.Ordinal))
            {
                json = json[9..];
            }

            if (json.EndsWith("]]>", StringComparison.Ordinal))
            {
                json = json[..^3];
            }

            try
            {
                using var document = JsonDocument.Parse(json, Lenient);
                foreach (var item in Candidates(document.RootElement, 0))
                {
                    var type = TypeOf(item);
                    if (IsArticleType(type))
                    {
                        return ToArticle(item);
                    }

                    if (fallback is null && type.Contains("WebPage", StringComparison.Ordinal))
                    {
                        fallback = ToArticle(item);
                    }
                }
            }
            catch (JsonException)
            {
                // Broken JSON-LD is common; the page's other metadata still counts.
            }
        }

        return fallback;
    }

    private static IEnumerable<JsonElement> Candidates(JsonElement element, int depth)
    {
        if (depth > 4)
        {
            yield break;
        }

        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var child in element.EnumerateArray())
            {
                foreach (var candidate in Candidates(child, depth + 1))
                {
                    yield return candidate;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            yield return element;
            if (element.TryGetProperty("@graph", out var graph))
            {
                foreach (var candidate in Candidates(graph, depth + 1))
                {
                    yield return candidate;
                }
            }

            if (element.TryGetProperty("mainEntity", out var main))
            {
                foreach (var candidate in Candidates(main, depth + 1))
                {
                    yield return candidate;
                }
            }
        }
    }

    private static string TypeOf(JsonElement item)
    {
        if (!item.TryGetProperty("@type", out var type))
        {
            return string.Empty;
        }

        return type.ValueKind switch
        {
            JsonValueKind.String => type.GetString() ?? string.Empty,
            JsonValueKind.Array => string.Join(' ', type.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString())),
            _ => string.Empty,
        };
    }

    // "NewsArticle", "BlogPosting", "SocialMediaPosting", "ReportageNewsArticle", "TechArticle", "Report"
    private static bool IsArticleType(string type) =>
        type.Contains("Article", StringComparison.Ordinal)
        || type.Contains("Posting", StringComparison.Ordinal)
        || type.Contains("Report", StringComparison.Ordinal);

    private static JsonLdArticle ToArticle(JsonElement item) => new(
        Text(item, "headline"),
        Text(item, "name"),
        NameOf(item, "author"),
        NameOf(item, "publisher"),
        Text(item, "datePublished") ?? Text(item, "dateCreated"),
        Text(item, "articleBody"),
        Text(item, "url"));

    private static string? Text(JsonElement item, string property) =>
        item.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!.Trim()
            : null;

    /// <summary>"author": "Jane Doe", {"name": "Jane Doe"} or a list of either; a list gives "Jane Doe, John Roe".</summary>
    private static string? NameOf(JsonElement item, string property)
    {
        if (!item.TryGetProperty(property, out var value))
        {
            return null;
        }

        var names = new List<string>();
        foreach (var entry in value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [value])
        {
            var name = entry.ValueKind switch
            {
                JsonValueKind.String => entry.GetString(),
                JsonValueKind.Object => Text(entry, "name"),
                _ => null,
            };
            if (!string.IsNullOrWhiteSpace(name) && !name.StartsWith("http", StringComparison.OrdinalIgnoreCase))
            {
                names.Add(TextNormalizer.CollapseWhitespace(name));
            }
        }

        return names.Count == 0 ? null : string.Join(", ", names.Distinct(StringComparer.Ordinal));
    }
}
