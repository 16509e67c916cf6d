using System.CommandLine;
using System.Text;
using NewsSite.Web.Admin;
using NewsSite.Web.Data;

namespace NewsSite.Web.Commands;

/// <summary><c>admin add|list|remove|set-password</c>: the only way to create admins (there is no default account).</summary>
public static class AdminCommand
{
    private const string PasswordsDiffer = "The two passwords differ.";

    public static Command Create(IServiceProvider services)
    {
        var admin = new Command("admin", "Manage the admins who may sign in at /admin.");
        var name = new Argument<string>("name") { Description = "The admin's name." };

        var add = new Command("add", $"Create an admin; the password (at least {AdminAccounts.MinPasswordLength} characters) is read from standard input or prompted for.") { name };
        add.SetAction((result, cancellationToken) => WithAccountsAsync(services, async accounts =>
            Report(ReadPassword() is { } password ? await accounts.AddAsync(result.GetValue(name)!, password, cancellationToken) : PasswordsDiffer, $"Admin '{result.GetValue(name)}' created."), cancellationToken));

        var setPassword = new Command("set-password", "Set an admin's password (read from standard input or prompted for) and unlock the account.") { name };
        setPassword.SetAction((result, cancellationToken) => WithAccountsAsync(services, async accounts =>
            Report(ReadPassword() is { } password ? await accounts.SetPasswordAsync(result.GetValue(name)!, password, cancellationToken) : PasswordsDiffer, $"Password of '{result.GetValue(name)}' changed."), cancellationToken));

        var remove = new Command("remove", "Remove an admin.") { name };
        remove.SetAction((result, cancellationToken) => WithAccountsAsync(services, async accounts =>
            await accounts.RemoveAsync(result.GetValue(name)!, cancellationToken)
                ? Report(null, $"Admin '{result.GetValue(name)}' removed.")
                : Report($"There is no admin named '{result.GetValue(name)}'.", ""), cancellationToken));

        var list = new Command("list", "List the admins.");
        list.SetAction((_, cancellationToken) => WithAccountsAsync(services, async accounts =>
        {
            var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
            foreach (var account in await accounts.ListAsync(cancellationToken))
            {
                var locked = account.LockedUntilUtc > now ? "  (locked)" : "";
                Console.WriteLine($"{account.Name}  created {account.CreatedUtc:yyyy-MM-dd HH:mm} UTC{locked}");
            }

            return 0;
        }, cancellationToken));

        admin.Subcommands.Add(add);
        admin.Subcommands.Add(list);
        admin.Subcommands.Add(remove);
        admin.Subcommands.Add(setPassword);
        return admin;
    }

    private static async Task<int> WithAccountsAsync(IServiceProvider services, Func<AdminAccounts, Task<int>> action, CancellationToken cancellationToken)
    {
        await services.MigrateNewsStoreAsync(cancellationToken);
        await using var scope = services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<AdminAccounts>());
    }

    private static int Report(string? problem, string success)
    {
        if (problem is not null)
        {
            Console.Error.WriteLine(problem);
            return 1;
        }

        Console.WriteLine(success);
        return 0;
    }

    /// <summary>One line from standard input when it is redirected (scripts); otherwise a prompt that does not echo.</summary>
    private static string? ReadPassword()
    {
        if (Console.IsInputRedirected)
        {
            return Console.In.ReadLine() ?? "";
        }

        var first = Prompt("Password: ");
        return Prompt("Repeat the password: ") == first ? first : null;
    }

    private static string Prompt(string label)
    {
        Console.Error.Write(label);
        var password = new StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace)
            {
                password.Length = Math.Max(0, password.Length - 1);
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
