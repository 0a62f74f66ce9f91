using System.Security.Claims;
using AiDealTracker.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace AiDealTracker.Core.Editing;

/// <summary>Accepts, corrects or rejects compute facts from the review queue.</summary>
public sealed class ComputeFactEditor(EditorSession session)
{
    public Task<EditResult<int>> AcceptAsync(ClaimsPrincipal user, int id, CancellationToken cancellationToken = default) =>
        ChangeAsync(user, id, "Accept compute fact", f => f.Accept(), cancellationToken);

    public Task<EditResult<int>> RejectAsync(ClaimsPrincipal user, int id, CancellationToken cancellationToken = default) =>
        ChangeAsync(user, id, "Reject compute fact", f => f.Reject(), cancellationToken);

    public Task<EditResult<int>> CorrectQuantityAsync(ClaimsPrincipal user, int id, long? quantity, CancellationToken cancellationToken = default) =>
        quantity is < 0
            ? Task.FromResult(EditResult.Invalid<int>("A quantity cannot be negative."))
            : ChangeAsync(user, id, "Correct compute fact", f => f.CorrectQuantity(quantity), cancellationToken);

    private Task<EditResult<int>> ChangeAsync(
        ClaimsPrincipal user, int id, string operation, Action<ComputeFact> change, CancellationToken cancellationToken) =>
        session.RunAsync(user, operation, async db =>
        {
            var fact = await db.ComputeFacts.FirstOrDefaultAsync(f => f.Id == id, cancellationToken);
            if (fact is null)
            {
                return EditResult.NotFound<int>();
            }

            change(fact);
            await db.SaveChangesAsync(cancellationToken);
            return EditResult.Saved<int>(fact.Id);
        }, cancellationToken);
}
