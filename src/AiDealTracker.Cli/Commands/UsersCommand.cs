using AiDealTracker.Accounts;
using AiDealTracker.Core;
using Microsoft.Extensions.DependencyInjection;

namespace AiDealTracker.Cli.Commands;

/// <summary>Accounts from the command line; this is how the first admin is made (no account has a default password).</summary>
public sealed class UsersCommand : ICliCommand
{
    public string Name => "users";

    public string Usage =>
        "users add <email> --role Reader|Editor|Admin [--password-stdin] | users list | users set-role <email> --role <role>   [--db <file>]";

    /// <summary>Where a password typed at a prompt comes from; tests replace it.</summary>
    public static Func<string?> ReadPassword { get; set; } = PromptForPassword;

    public async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellationToken)
    {
        var rest = args.ToList();
        var db = CliServices.TakeOption(rest, "--db");
        var role = CliServices.TakeOption(rest, "--role");
        var passwordFromStdin = CliServices.TakeFlag(rest, "--password-stdin");
        var verb = rest.Count > 0 ? rest[0] : "";
        var email = rest.Count > 1 ? rest[1] : null;
        if (verb is not ("add" or "list" or "set-role") || (verb != "list" && (email is null || role is null)) || rest.Count > (verb == "list" ? 1 : 2))
        {
            await console.Error.WriteLineAsync("usage: aidealtracker " + Usage);
            return 2;
        }

        await using var services = Build(db);
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AccountsInitializer>().InitializeAsync(cancellationToken);
        var admin = scope.ServiceProvider.GetRequiredService<UserAdministration>();
        IReadOnlyList<string> errors;
        switch (verb)
        {
            case "list":
                foreach (var (userEmail, roles, lockedOut) in await admin.ListAsync())
                {
                    await console.Out.WriteLineAsync($"{userEmail}\t{roles}{(lockedOut ? "\tlocked out" : "")}");
                }

                return 0;
            case "add":
                var password = passwordFromStdin ? await Console.In.ReadLineAsync(cancellationToken) : ReadPassword();
                if (string.IsNullOrEmpty(password))
                {
                    await console.Error.WriteLineAsync("A password is needed: type it at the prompt or pipe it with --password-stdin.");
                    return 2;
                }

                errors = await admin.AddAsync(email!, password, role!);
                break;
            default:
                errors = await admin.SetRoleAsync(email!, role!);
                break;
        }

        foreach (var error in errors)
        {
            await console.Error.WriteLineAsync(error);
        }

        if (errors.Count == 0)
        {
            await console.Error.WriteLineAsync($"{email}: {role}");
        }

        return errors.Count == 0 ? 0 : 1;
    }

    private static ServiceProvider Build(string? databasePath)
    {
        var connectionString = databasePath is not null
            ? $"Data Source={databasePath}"
            : Environment.GetEnvironmentVariable(CliServices.DatabaseVariable) ?? DealTrackerCoreExtensions.DefaultConnectionString;
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDealTrackerAccounts(connectionString, Directory.GetCurrentDirectory());
        return services.BuildServiceProvider();
    }

    private static string? PromptForPassword()
    {
        if (Console.IsInputRedirected)
        {
            return Console.ReadLine();
        }

        Console.Error.Write("Password: ");
        var password = new System.Text.StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace && password.Length > 0)
            {
                password.Length--;
            }
            else if (!char.IsControl(key.KeyChar))
            {
                password.Append(key.KeyChar);
            }
        }

        Console.Error.WriteLine();
        return password.ToString();
    }
}
