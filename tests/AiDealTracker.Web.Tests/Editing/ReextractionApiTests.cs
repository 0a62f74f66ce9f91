using System.Net;
using AiDealTracker.Core.Editing;
using AiDealTracker.Web.Features.Editing;
using AiDealTracker.Web.Tests.Infrastructure;

namespace AiDealTracker.Web.Tests.Editing;

public class ReextractionApiTests(EditingWebFactory factory) : IClassFixture<EditingWebFactory>
{
    [Fact]
    public async Task Reextract_ByAnEditor_RunsOverEveryArticleAndReportsProgress()
    {
        var editor = await factory.SignedInClientAsync(EditorRoles.Editor);

        using var started = await editor.PostAsJsonAsync("/api/editing/reextract", new { articleIds = (int[]?)null });
        var status = await started.Content.ReadFromJsonAsync<ReextractionStatus>();
        for (var i = 0; i < 100 && status is { Running: true }; i++)
        {
            await Task.Delay(200);
            status = await editor.GetFromJsonAsync<ReextractionStatus>("/api/editing/reextract");
        }

        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        Assert.NotNull(status);
        Assert.False(status.Running);
        Assert.Equal((5, 5, 0), (status.Done, status.Total, status.Failed));
        Assert.Equal("editor@example.com", status.StartedBy);
    }
}
