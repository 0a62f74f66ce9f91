using System.Text.Json;
using System.Text.Json.Nodes;

namespace AiDealTracker.Web.Tests.Views;

public class ViewsApiTests(ViewsWebFactory factory) : IClassFixture<ViewsWebFactory>
{
    [Fact]
    public async Task Deals_FilteredByCompanyAndType_ListsOnlyThoseDeals()
    {
        var data = await factory.DataAsync();
        var client = factory.CreateClient();

        var byCompany = await client.GetFromJsonAsync<JsonObject>("/api/deals?company=Quillon%20Compute");
        var byAlias = await client.GetFromJsonAsync<JsonObject>("/api/deals?company=Quillon");
        var byType = await client.GetFromJsonAsync<JsonObject>("/api/deals?company=Quillon%20Compute&type=cloud-capacity");

        Assert.Equal(3, (int)byCompany!["total"]!);
        Assert.Equal(3, (int)byAlias!["total"]!);
        Assert.Equal(data.Cloud, (int)Assert.Single(byType!["items"]!.AsArray())!["id"]!);
    }

    [Fact]
    public async Task Deals_DateAndAmountFilters_NarrowTheList()
    {
        await factory.DataAsync();
        var client = factory.CreateClient();

        var from2025 = await client.GetFromJsonAsync<JsonObject>("/api/deals?company=Quillon%20Compute&from=2025");
        var big = await client.GetFromJsonAsync<JsonObject>("/api/deals?company=Quillon%20Compute&min=1000000000");
        var mid = await client.GetFromJsonAsync<JsonObject>("/api/deals?company=Quillon%20Compute&min=100000000&max=1000000000");

        Assert.Equal(2, (int)from2025!["total"]!);
        Assert.Equal(1, (int)big!["total"]!);
        Assert.Equal(1, (int)mid!["total"]!);
    }

    [Fact]
    public async Task Deals_Paged_ReturnsOnePageAndTheTotal()
    {
        await factory.DataAsync();
        var client = factory.CreateClient();

        var first = await client.GetFromJsonAsync<JsonObject>("/api/deals?company=Quillon%20Compute&take=2&orderBy=AmountUsd%20desc");
        var second = await client.GetFromJsonAsync<JsonObject>("/api/deals?company=Quillon%20Compute&take=2&skip=2&orderBy=AmountUsd%20desc");

        Assert.Equal(2, first!["items"]!.AsArray().Count);
        Assert.Single(second!["items"]!.AsArray());
        Assert.Equal(3, (int)second["total"]!);
        Assert.Equal("Investment", (string)first["items"]![0]!["type"]!);
    }

    [Fact]
    public async Task ExportCsv_WithFilters_HasAHeaderAndOneLinePerDeal()
    {
        await factory.DataAsync();
        var client = factory.CreateClient();

        using var response = await client.GetAsync("/api/deals/export.csv?company=Quillon%20Compute&from=2025");

        response.EnsureSuccessStatusCode();
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("id,date,", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.Contains("cloud-capacity", StringComparison.Ordinal) && l.Contains("500000000", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ExportJson_WithFilters_IsAnArrayOfTheFilteredDeals()
    {
        await factory.DataAsync();
        var client = factory.CreateClient();

        using var response = await client.GetAsync("/api/deals/export.json?company=Brightwater%20Labs");

        response.EnsureSuccessStatusCode();
        Assert.Contains("attachment", response.Content.Headers.ContentDisposition?.ToString() ?? response.Headers.ToString(), StringComparison.Ordinal);
        var deals = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray();
        Assert.Equal(2, deals.Count);
    }

    [Fact]
    public async Task Deal_ById_HasPartiesClaimsAndEvidence_AndMissingIs404()
    {
        var data = await factory.DataAsync();
        var client = factory.CreateClient();

        var deal = await client.GetFromJsonAsync<JsonObject>($"/api/deals/{data.Investment}");
        using var missing = await client.GetAsync("/api/deals/999999");

        Assert.Equal(2, deal!["parties"]!.AsArray().Count);
        Assert.Equal(2, deal["claims"]!.AsArray().Count);
        Assert.Single(deal["evidence"]!.AsArray());
        Assert.Equal(System.Net.HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Companies_Models_Hardware_Articles_AnswerPagedLists()
    {
        var data = await factory.DataAsync();
        var client = factory.CreateClient();

        var companies = await client.GetFromJsonAsync<JsonObject>("/api/companies?q=brightwater");
        var company = await client.GetFromJsonAsync<JsonObject>($"/api/companies/{data.Alpha}");
        var models = await client.GetFromJsonAsync<JsonObject>("/api/models?take=1");
        var hardware = await client.GetFromJsonAsync<JsonObject>("/api/hardware?take=1");
        var articles = await client.GetFromJsonAsync<JsonObject>("/api/articles?q=zorbulent");
        var article = await client.GetFromJsonAsync<JsonObject>($"/api/articles/{data.FirstArticle}");

        Assert.Equal(data.Beta, (int)Assert.Single(companies!["items"]!.AsArray())!["id"]!);
        Assert.Equal(3, (int)company!["deals"]!);
        Assert.NotNull(models!["total"]);
        Assert.NotNull(hardware!["total"]);
        Assert.Equal(1, (int)articles!["total"]!);
        Assert.Equal(2, article!["mentions"]!.AsArray().Count);
    }

    [Fact]
    public async Task ArticleSearch_FindsTheArticleByAWordInItsTitle()
    {
        var data = await factory.DataAsync();
        var client = factory.CreateClient();

        var result = await client.GetFromJsonAsync<JsonObject>("/api/articles/search?q=zorbulent");

        var hit = Assert.Single(result!["items"]!.AsArray());
        Assert.Equal(data.FirstArticle, (int)hit!["articleId"]!);
        Assert.Contains(data.Investment, hit["dealIds"]!.AsArray().Select(i => (int)i!));
    }

    [Fact]
    public async Task OpenApi_DescribesTheReadApi()
    {
        var client = factory.CreateClient();

        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));

        var paths = document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/deals", paths);
        Assert.Contains("/api/deals/export.csv", paths);
        Assert.Contains("/api/companies/{id}", paths);
        Assert.Contains("/api/models", paths);
        Assert.Contains("/api/hardware", paths);
        Assert.Contains("/api/articles/search", paths);
    }
}
