using AiDealTracker.Web.Api;
using AiDealTracker.Web.Components;
using AiDealTracker.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.WebHost.UseStaticWebAssets();
builder.AddDealTrackerWeb();

var app = builder.Build();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error", createScopeForErrors: true);
}

app.UseMiddleware<RequestLoggingMiddleware>();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();
app.UseAntiforgery();
app.MapStaticAssets().AllowAnonymous();
app.MapHealthChecks("/healthz").AllowAnonymous();
app.MapOpenApi();
app.MapReadApi();
app.MapAccountEndpoints();
app.MapEditingApi();
app.MapIngestApi();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

await app.InitializeDatabaseAsync();
await app.InitializeAccountsAsync();
await app.RunAsync();

public partial class Program;
