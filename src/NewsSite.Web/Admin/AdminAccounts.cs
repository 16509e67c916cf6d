using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;

namespace NewsSite.Web.Admin;

/// <summary>Admin accounts: creation and passwords (ASP.NET Core Identity's hasher), sign-in checks with lockout.</summary>
public sealed partial class AdminAccounts(NewsDbContext db, IPasswordHasher<AdminUser> hasher, TimeProvider clock)
{
    public const int MinPasswordLength = 12;
    public const string SecurityStampClaim = "newssite:security-stamp";
    public const int MaxFailedSignIns = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    // Hashed when the name is unknown, so a wrong name takes as long as a wrong password.
    private static readonly AdminUser Nobody = new() { Name = "", PasswordHash = new PasswordHasher<AdminUser>().HashPassword(null!, "not a password of anyone") };

    public Task<List<AdminUser>> ListAsync(CancellationToken cancellationToken = default) =>
        db.Admins.AsNoTracking().OrderBy(a => a.Name).ToListAsync(cancellationToken);

    /// <summary>Creates an admin; returns why not when the name or password is unacceptable.</summary>
    public async Task<string?> AddAsync(string name, string password, CancellationToken cancellationToken = default)
    {
        if ((ValidateName(name) ?? ValidatePassword(password)) is { } problem)
        {
            return problem;
        }

        if (await db.Admins.AnyAsync(a => a.Name == name, cancellationToken))
        {
            return $"An admin named '{name}' already exists.";
        }

        var admin = new AdminUser { Name = name, PasswordHash = "", CreatedUtc = clock.GetUtcNow().UtcDateTime };
        admin.PasswordHash = hasher.HashPassword(admin, password);
        db.Admins.Add(admin);
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    public async Task<string?> SetPasswordAsync(string name, string password, CancellationToken cancellationToken = default)
    {
        if (ValidatePassword(password) is { } problem)
        {
            return problem;
        }

        var admin = await db.Admins.SingleOrDefaultAsync(a => a.Name == name, cancellationToken);
        if (admin is null)
        {
            return $"There is no admin named '{name}'.";
        }

        admin.PasswordHash = hasher.HashPassword(admin, password);
        admin.SecurityStamp = Guid.NewGuid().ToString("n");
        admin.FailedSignIns = 0;
        admin.LockedUntilUtc = null;
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>Whether a signed-in admin still exists with the password they signed in with.</summary>
    public Task<bool> IsCurrentAsync(string name, string securityStamp, CancellationToken cancellationToken = default) =>
        db.Admins.AnyAsync(a => a.Name == name && a.SecurityStamp == securityStamp, cancellationToken);

    public async Task<bool> RemoveAsync(string name, CancellationToken cancellationToken = default) =>
        await db.Admins.Where(a => a.Name == name).ExecuteDeleteAsync(cancellationToken) > 0;

    /// <summary>
    /// Checks a sign-in. After <see cref="MaxFailedSignIns"/> failures the account is locked for a
    /// while. Unknown names, wrong passwords and locked accounts cost the same hash and answer
    /// alike, so the answers do not tell which names exist.
    /// </summary>
    public async Task<SignInOutcome> SignInAsync(string name, string password, CancellationToken cancellationToken = default)
    {
        var admin = await db.Admins.AsNoTracking().SingleOrDefaultAsync(a => a.Name == name, cancellationToken);
        var verified = hasher.VerifyHashedPassword(admin ?? Nobody, admin?.PasswordHash ?? Nobody.PasswordHash, password);
        var now = clock.GetUtcNow().UtcDateTime;
        if (admin is null || admin.LockedUntilUtc > now)
        {
            return SignInOutcome.Refused;
        }

        var accounts = db.Admins.Where(a => a.Id == admin.Id);
        if (verified == PasswordVerificationResult.Failed)
        {
            // Counted in SQL, so parallel attempts cannot lose a failure.
            await accounts.ExecuteUpdateAsync(a => a.SetProperty(x => x.FailedSignIns, x => x.FailedSignIns + 1), cancellationToken);
            await accounts.Where(a => a.FailedSignIns >= MaxFailedSignIns)
                .ExecuteUpdateAsync(a => a.SetProperty(x => x.LockedUntilUtc, now + LockoutDuration).SetProperty(x => x.FailedSignIns, 0), cancellationToken);
            return SignInOutcome.Refused;
        }

        var hash = verified == PasswordVerificationResult.SuccessRehashNeeded ? hasher.HashPassword(admin, password) : admin.PasswordHash;
        await accounts.ExecuteUpdateAsync(
            a => a.SetProperty(x => x.FailedSignIns, 0).SetProperty(x => x.LockedUntilUtc, (DateTime?)null).SetProperty(x => x.PasswordHash, hash),
            cancellationToken);
        return new SignInOutcome(true, admin.Name, admin.SecurityStamp);
    }

    private static string? ValidateName(string name) =>
        AdminName().IsMatch(name) ? null : "An admin name is 1 to 64 letters, digits, dots, dashes or underscores.";

    private static string? ValidatePassword(string password) =>
        password.Length >= MinPasswordLength ? null : $"A password needs at least {MinPasswordLength} characters.";

    [GeneratedRegex(@"^[\p{L}\p{N}._-]{1,64}$")]
    private static partial Regex AdminName();
}

/// <summary>The result of a sign-in: on success, the admin's name as stored and their security stamp.</summary>
public sealed record SignInOutcome(bool Succeeded, string? Name, string? SecurityStamp)
{
    public static readonly SignInOutcome Refused = new(false, null, null);
}
