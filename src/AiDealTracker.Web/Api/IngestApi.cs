using System.Security.Claims;
using AiDealTracker.Core.Editing;
using AiDealTracker.Core.Ingestion;
using AiDealTracker.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AiDealTracker.Web.Api;

public static class IngestApi
{
    /// <summary>
    /// POST /api/ingest: multipart files in, one result per file out (new, updated, unchanged or failed with the reason).
    /// Editors only; the sign-in cookie is SameSite=Lax, so a form on another site cannot post here with it.
    /// </summary>
    public static RouteHandlerBuilder MapIngestApi(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/ingest", IngestAsync)
            .WithTags("Ingestion")
            .RequireAuthorization(AuthPolicies.Edit);

    private static async Task<Results<Ok<IReadOnlyList<IngestResult>>, BadRequest<string>, ForbidHttpResult>> IngestAsync(
        HttpRequest request, ClaimsPrincipal user, ArticleIngestor ingestor, DocumentReaderOptions options, CancellationToken cancellationToken)
    {
        if (!EditorRoles.CanEdit(user))
        {
            return TypedResults.Forbid();
        }

        if (!request.HasFormContentType)
        {
            return TypedResults.BadRequest("Send the articles as multipart/form-data files.");
        }

        var form = await request.ReadFormAsync(cancellationToken);
        if (form.Files.Count == 0)
        {
            return TypedResults.BadRequest("No files were sent.");
        }

        var results = new List<IngestResult>(form.Files.Count);
        foreach (var file in form.Files)
        {
            var source = "upload/" + Path.GetFileName(file.FileName);
            if (file.Length > options.MaxBytes)
            {
                results.Add(IngestResult.Failed(source, $"The file is {file.Length:N0} bytes; the limit is {options.MaxBytes:N0} bytes."));
                continue;
            }

            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, cancellationToken);
            results.Add(await ingestor.IngestAsync(source, buffer.ToArray(), cancellationToken));
        }

        return TypedResults.Ok<IReadOnlyList<IngestResult>>(results);
    }
}
