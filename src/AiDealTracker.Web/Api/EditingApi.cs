using System.Security.Claims;
using AiDealTracker.Core.Editing;
using AiDealTracker.Web.Features.Editing;
using AiDealTracker.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AiDealTracker.Web.Api;

/// <summary>
/// Every change through the API: the group needs the Edit policy, and each editor class checks the role again.
/// JSON bodies only (a cross-site form cannot send them), so no antiforgery token is needed here.
/// </summary>
public static class EditingApi
{
    public static IEndpointRouteBuilder MapEditingApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/editing").WithTags("Editing").RequireAuthorization(AuthPolicies.Edit);
        api.MapPut("/deals/{id:int}", (int id, DealEditForm form, ClaimsPrincipal user, DealEditor editor, CancellationToken ct) =>
        {
            form.Id = id;
            return ToResult(editor.SaveAsync(user, form, ct));
        });
        api.MapPost("/deals", (DealEditForm form, ClaimsPrincipal user, DealEditor editor, CancellationToken ct) =>
        {
            form.Id = 0;
            return ToResult(editor.CreateAsync(user, form, ct));
        });
        api.MapPost("/deals/{id:int}/accept", (int id, ClaimsPrincipal user, DealEditor editor, CancellationToken ct) => ToResult(editor.AcceptAsync(user, id, ct)));
        api.MapPost("/deals/{id:int}/reject", (int id, ClaimsPrincipal user, DealEditor editor, CancellationToken ct) => ToResult(editor.RejectAsync(user, id, ct)));
        api.MapPost("/deals/{id:int}/merge-into/{survivorId:int}", (int id, int survivorId, ClaimsPrincipal user, DealMerger merger, CancellationToken ct) =>
            ToResult(merger.MergeAsync(user, id, survivorId, ct)));
        api.MapPost("/deals/{id:int}/split", (int id, ClaimsPrincipal user, DealMerger merger, CancellationToken ct) => ToResult(merger.SplitAsync(user, id, ct)));
        api.MapPut("/companies/{id:int}", (int id, CompanyEditForm form, ClaimsPrincipal user, CompanyEditor editor, CancellationToken ct) =>
        {
            form.Id = id;
            return ToResult(editor.SaveAsync(user, form, ct));
        });
        api.MapPost("/companies/{id:int}/accept", (int id, ClaimsPrincipal user, CompanyEditor editor, CancellationToken ct) => ToResult(editor.AcceptAsync(user, id, ct)));
        api.MapPost("/companies/{id:int}/reject", (int id, ClaimsPrincipal user, CompanyEditor editor, CancellationToken ct) => ToResult(editor.RejectAsync(user, id, ct)));
        api.MapPost("/companies/{id:int}/merge-into/{survivorId:int}", (int id, int survivorId, ClaimsPrincipal user, CompanyMerger merger, CancellationToken ct) =>
            ToResult(merger.MergeAsync(user, id, survivorId, ct)));
        api.MapPost("/companies/{id:int}/split", (int id, ClaimsPrincipal user, CompanyMerger merger, CancellationToken ct) => ToResult(merger.SplitAsync(user, id, ct)));
        api.MapPut("/models/{id:int}", (int id, ModelEditForm form, ClaimsPrincipal user, CatalogEditor editor, CancellationToken ct) =>
        {
            form.Id = id;
            return ToResult(editor.SaveModelAsync(user, form, ct));
        });
        api.MapPut("/hardware/{id:int}", (int id, HardwareEditForm form, ClaimsPrincipal user, CatalogEditor editor, CancellationToken ct) =>
        {
            form.Id = id;
            return ToResult(editor.SaveHardwareAsync(user, form, ct));
        });
        api.MapPost("/compute-facts/{id:int}/accept", (int id, ClaimsPrincipal user, ComputeFactEditor editor, CancellationToken ct) => ToResult(editor.AcceptAsync(user, id, ct)));
        api.MapPost("/compute-facts/{id:int}/reject", (int id, ClaimsPrincipal user, ComputeFactEditor editor, CancellationToken ct) => ToResult(editor.RejectAsync(user, id, ct)));
        api.MapPost("/audit/{id:long}/revert", (long id, ClaimsPrincipal user, ChangeReverter reverter, CancellationToken ct) => ToResult(reverter.RevertEntryAsync(user, id, ct)));
        api.MapPost("/reextract", StartReextraction);
        api.MapGet("/reextract", (ReextractionJobs jobs) => TypedResults.Ok(jobs.Status));
        return app;
    }

    private static Results<Accepted<ReextractionStatus>, Conflict<ReextractionStatus>> StartReextraction(
        ReextractRequest? request, ClaimsPrincipal user, ReextractionJobs jobs) =>
        jobs.TryStart(user, request?.ArticleIds)
            ? TypedResults.Accepted("/api/editing/reextract", jobs.Status)
            : TypedResults.Conflict(jobs.Status);

    private static async Task<IResult> ToResult<T>(Task<EditResult<T>> pending)
    {
        try
        {
            var result = await pending;
            return result.Outcome switch
            {
                EditOutcome.Saved => TypedResults.Ok(result),
                EditOutcome.NotFound => TypedResults.NotFound(result),
                EditOutcome.Conflict => TypedResults.Conflict(result),
                _ => TypedResults.UnprocessableEntity(result),
            };
        }
        catch (EditNotAllowedException)
        {
            return TypedResults.Forbid();
        }
    }
}
