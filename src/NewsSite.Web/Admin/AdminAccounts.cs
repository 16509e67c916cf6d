using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;

namespace NewsSite.Web.Admin;

/// <summary>Admin accounts: creation and passwords (ASP.NET Core Identity's hasher), sign-in checks with lockout.</summary>
public sealed partial class AdminAccounts(NewsDbContext db, IPasswordHasher<AdminUser> hasher, TimeProvider clock)
{
    public const int MinPasswordLength = 12;

    /// <summary>The longest password accepted (characters): enough for any passphrase, bounded for the hash's sake.</summary>
    public const int MaxPasswordLength = 512;

    /// <summary>The longest admin name (characters).</summary>
    public const int MaxNameLength = 64;

    /// <summary>What an admin name may hold: letters, digits, dots, dashes and underscores.</summary>
    public const string NamePattern = @"^[\p{L}\p{N}._-]{1,64}\z";
    public const string SecurityStampClaim = "newssite:security-stamp";
    public const int MaxFailedSignIns = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    // How long a sign-in waits for SQLite's write lock (held by an import) before saying the site is busy.
    private static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(1);

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
    /// Checks a sign-in. Each attempt is counted before its password is checked, in one atomic
    /// update that also locks the account for <see cref="LockoutDuration"/> at the
    /// <see cref="MaxFailedSignIns"/>th attempt: however many guesses arrive at once, at most
    /// that many are ever checked per lock. A success clears the count. Unknown names, wrong
    /// passwords and locked accounts cost the same hash and answer alike, so the answers do not
    /// tell which names exist. While an import holds SQLite's write lock the answer is
    /// <see cref="SignInOutcome.Busy"/> within about a second, never a wait for the import.
    /// </summary>
    public async Task<SignInOutcome> SignInAsync(string name, string password, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var lockedUntil = now + LockoutDuration;
        var admin = await db.Admins.AsNoTracking().SingleOrDefaultAsync(a => a.Name == name, cancellationToken);
        var account = db.Admins.Where(a => a.Id == (admin == null ? 0 : admin.Id));
        WaitBrieflyForImports();
        try
        {
            var counted = admin is not null && await account
                .Where(a => a.LockedUntilUtc == null || a.LockedUntilUtc <= now)
                .ExecuteUpdateAsync(
                    a => a
                        .SetProperty(x => x.FailedSignIns, x => x.FailedSignIns + 1 >= MaxFailedSignIns ? 0 : x.FailedSignIns + 1)
                        .SetProperty(x => x.LockedUntilUtc, x => x.FailedSignIns + 1 >= MaxFailedSignIns ? lockedUntil : x.LockedUntilUtc),
                    cancellationToken) == 1;
            if (!counted)
            {
                hasher.VerifyHashedPassword(Nobody, Nobody.PasswordHash, password); // as long as a real check
                return SignInOutcome.Refused;
            }

            var verified = hasher.VerifyHashedPassword(admin!, admin!.PasswordHash, password);
            if (verified == PasswordVerificationResult.Failed)
            {
                return SignInOutcome.Refused;
            }

            var hash = verified == PasswordVerificationResult.SuccessRehashNeeded ? hasher.HashPassword(admin, password) : admin.PasswordHash;
            await account.ExecuteUpdateAsync(
                a => a.SetProperty(x => x.FailedSignIns, 0).SetProperty(x => x.LockedUntilUtc, (DateTime?)null).SetProperty(x => x.PasswordHash, hash),
                cancellationToken);
            return new SignInOutcome(true, admin.Name, admin.SecurityStamp);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is SQLitePCL.raw.SQLITE_BUSY or SQLitePCL.raw.SQLITE_LOCKED)
        {
            return SignInOutcome.Busy;
        }
    }

    /// <summary>
    /// Ends every sign-in of the admin, on every node: a new security stamp makes each cookie
    /// issued before it invalid on its next request. False while an import holds SQLite's write lock.
    /// </summary>
    public async Task<bool> EndSessionsAsync(string name, CancellationToken cancellationToken = default)
    {
        WaitBrieflyForImports();
        try
        {
            var stamp = Guid.NewGuid().ToString("n");
            await db.Admins.Where(a => a.Name == name).ExecuteUpdateAsync(a => a.SetProperty(x => x.SecurityStamp, stamp), cancellationToken);
            return true;
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is SQLitePCL.raw.SQLITE_BUSY or SQLitePCL.raw.SQLITE_LOCKED)
        {
            return false;
        }
    }

    // SQLite has one writer: an import holds the lock for its whole run, so account writes wait
    // only briefly for it. PostgreSQL locks rows, and an import never holds an admin's.
    private void WaitBrieflyForImports()
    {
        if (db.Database.IsSqlite())
        {
            db.Database.SetCommandTimeout(BusyTimeout);
        }
    }

    private static string? ValidateName(string name) =>
        AdminName().IsMatch(name) ? null : "An admin name is 1 to 64 letters, digits, dots, dashes or underscores.";

    private static string? ValidatePassword(string password) => password.Length switch
    {
        < MinPasswordLength => $"A password needs at least {MinPasswordLength} characters.",
        > MaxPasswordLength => $"A password has at most {MaxPasswordLength} characters.",
        _ => null,
    };

    [GeneratedRegex(NamePattern)]
    private static partial Regex AdminName();
}

/// <summary>The result of a sign-in: on success, the admin's name as stored and their security stamp.</summary>
public sealed record SignInOutcome(bool Succeeded, string? Name, string? SecurityStamp, bool IsBusy = false)
{
    public static readonly SignInOutcome Refused = new(false, null, null);

    /// <summary>The store could not record the attempt in time (an import is writing): try again shortly.</summary>
    public static readonly SignInOutcome Busy = new(false, null, null, IsBusy: true);
}
