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
app.UseAntiforgery();
app.MapStaticAssets();
app.MapHealthChecks("/healthz");
app.MapOpenApi();
app.MapReadApi();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

await app.InitializeDatabaseAsync();
await app.RunAsync();

public partial class Program;
