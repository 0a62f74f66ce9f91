using System.Security.Claims;
using AiDealTracker.Core.Data;
using AiDealTracker.Core.Data.Interceptors;
using Microsoft.EntityFrameworkCore;

namespace AiDealTracker.Core.Editing;

/// <summary>
/// How every editor operation runs: the role is checked on the server, the audit knows who and what,
/// one context and one transaction per operation.
/// </summary>
public sealed class EditorSession(IDbContextFactory<DealTrackerDbContext> dbFactory, AmbientAuditUser auditUser)
{
    public async Task<T> RunAsync<T>(
        ClaimsPrincipal user, string operation, Func<DealTrackerDbContext, Task<T>> work, CancellationToken cancellationToken)
    {
        var name = EditorRoles.Demand(user);
        using var scope = auditUser.Begin(name, operation);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await work(db);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    public Task<DealTrackerDbContext> ReadAsync(CancellationToken cancellationToken) => dbFactory.CreateDbContextAsync(cancellationToken);
}
