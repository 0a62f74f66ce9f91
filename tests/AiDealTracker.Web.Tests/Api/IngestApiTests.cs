using System.Net;
using System.Text;
using AiDealTracker.Core.Editing;
using AiDealTracker.Web.Tests.Infrastructure;

namespace AiDealTracker.Web.Tests.Api;

public class IngestApiTests(EditingWebFactory factory) : IClassFixture<EditingWebFactory>
{
    private const string Article = "Zorvex Compute signs GPU lease with Kestrel Labs\n\nZorvex Compute said it signed a $1.2 billion agreement to rent GPU capacity to Kestrel Labs.";

    [Fact]
    public async Task Ingest_Anonymous_IsRefused()
    {
        var client = factory.CreateClientWithoutRedirects();

        using var response = await client.PostAsync("/api/ingest", Files(("a.txt", Encoding.UTF8.GetBytes(Article))));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Ingest_ByAReader_IsForbidden()
    {
        var reader = await factory.SignedInClientAsync(EditorRoles.Reader, "ingest-reader@example.com");

        using var response = await reader.PostAsync("/api/ingest", Files(("a.txt", Encoding.UTF8.GetBytes(Article))));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Ingest_ByAnEditor_GivesOneResultPerFileAndIsIdempotent()
    {
        var editor = await factory.SignedInClientAsync(EditorRoles.Editor, "ingest-editor@example.com");
        byte[] binary = [0x25, 0x50, 0x44, 0x46, 0x2D, 0x00, 0x01, 0x02, 0xFF, 0xFE, 0x00, 0x00];

        using var first = await editor.PostAsync("/api/ingest", Files(("zorvex.txt", Encoding.UTF8.GetBytes(Article)), ("scan.pdf", binary)));
        var results = await first.Content.ReadFromJsonAsync<List<Result>>();
        using var again = await editor.PostAsync("/api/ingest", Files(("zorvex.txt", Encoding.UTF8.GetBytes(Article))));
        var repeat = await again.Content.ReadFromJsonAsync<List<Result>>();

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotNull(results);
        Assert.Collection(
            results,
            ok => Assert.Equal(("upload/zorvex.txt", "New"), (ok.Source, ok.Outcome)),
            bad =>
            {
                Assert.Equal("Failed", bad.Outcome);
                Assert.Contains("not text", bad.Error, StringComparison.Ordinal);
            });
        Assert.Equal("Unchanged", Assert.Single(repeat!).Outcome);
        var article = await editor.GetStringAsync($"/api/articles/{results[0].ArticleId}");
        Assert.Contains("Zorvex Compute", article, StringComparison.Ordinal);
    }

    private static MultipartFormDataContent Files(params (string Name, byte[] Content)[] files)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, content) in files)
        {
            form.Add(new ByteArrayContent(content), "files", name);
        }

        return form;
    }

    private sealed record Result(string Source, string Outcome, int? ArticleId, int Facts, string? Error);
}
