namespace AiDealTracker.Core.Data.Interceptors;

/// <summary>
/// Carries the editor through async calls, so the interceptor of a context created by a singleton factory
/// knows who saves. An editor class opens a scope around its work: <c>using var _ = auditUser.Begin(name, "Correct deal");</c>
/// </summary>
public sealed class AmbientAuditUser : IAuditUser
{
    private readonly AsyncLocal<AuditScope?> _scope = new();

    public AuditScope? Current => _scope.Value;

    public IDisposable Begin(string user, string operation)
    {
        var previous = _scope.Value;
        _scope.Value = new AuditScope(user, operation, Guid.NewGuid().ToString("N")[..12]);
        return new Restore(_scope, previous);
    }

    private sealed class Restore(AsyncLocal<AuditScope?> scope, AuditScope? previous) : IDisposable
    {
        public void Dispose() => scope.Value = previous;
    }
}
