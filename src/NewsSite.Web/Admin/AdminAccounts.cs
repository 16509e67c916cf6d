using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;

namespace NewsSite.Web.Admin;

/// <summary>Admin accounts: creation and passwords (ASP.NET Core Identity's hasher), sign-in checks with lockout.</summary>
public sealed partial class AdminAccounts(NewsDbContext db, IPasswordHasher<AdminUser> hasher, TimeProvider clock)
{
    public const int MinPasswordLength = 12;
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
        admin.FailedSignIns = 0;
        admin.LockedUntilUtc = null;
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    public async Task<bool> RemoveAsync(string name, CancellationToken cancellationToken = default) =>
        await db.Admins.Where(a => a.Name == name).ExecuteDeleteAsync(cancellationToken) > 0;

    /// <summary>Checks a sign-in; after <see cref="MaxFailedSignIns"/> failures the account is locked for a while.</summary>
    public async Task<SignInOutcome> SignInAsync(string name, string password, CancellationToken cancellationToken = default)
    {
        var admin = await db.Admins.SingleOrDefaultAsync(a => a.Name == name, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        if (admin is null)
        {
            hasher.VerifyHashedPassword(Nobody, Nobody.PasswordHash, password);
            return new SignInOutcome(SignInStatus.Failed, null);
        }

        if (admin.LockedUntilUtc > now)
        {
            return new SignInOutcome(SignInStatus.LockedOut, admin.Name);
        }

        var verified = hasher.VerifyHashedPassword(admin, admin.PasswordHash, password);
        if (verified == PasswordVerificationResult.Failed)
        {
            admin.FailedSignIns++;
            if (admin.FailedSignIns >= MaxFailedSignIns)
            {
                admin.LockedUntilUtc = now + LockoutDuration;
                admin.FailedSignIns = 0;
            }

            await db.SaveChangesAsync(cancellationToken);
            return new SignInOutcome(admin.LockedUntilUtc > now ? SignInStatus.LockedOut : SignInStatus.Failed, admin.Name);
        }

        if (verified == PasswordVerificationResult.SuccessRehashNeeded)
        {
            admin.PasswordHash = hasher.HashPassword(admin, password);
        }

        admin.FailedSignIns = 0;
        admin.LockedUntilUtc = null;
        await db.SaveChangesAsync(cancellationToken);
        return new SignInOutcome(SignInStatus.Succeeded, admin.Name);
    }

    private static string? ValidateName(string name) =>
        AdminName().IsMatch(name) ? null : "An admin name is 1 to 64 letters, digits, dots, dashes or underscores.";

    private static string? ValidatePassword(string password) =>
        password.Length >= MinPasswordLength ? null : $"A password needs at least {MinPasswordLength} characters.";

    [GeneratedRegex(@"^[\p{L}\p{N}._-]{1,64}$")]
    private static partial Regex AdminName();
}

public enum SignInStatus
{
    Succeeded,
    Failed,
    LockedOut,
}

/// <summary>The result of a sign-in, with the admin's name as stored when it exists.</summary>
public sealed record SignInOutcome(SignInStatus Status, string? Name);
