var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/", () => "AiDealTracker");
app.Run();

public partial class Program;
