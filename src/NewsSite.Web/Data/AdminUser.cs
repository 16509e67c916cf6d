namespace NewsSite.Web.Data;

/// <summary>Someone who may sign in to /admin. Created only from the command line.</summary>
public class AdminUser
{
    public int Id { get; set; }

    public required string Name { get; set; }

    /// <summary>Hashed by ASP.NET Core Identity's <c>PasswordHasher</c> (PBKDF2).</summary>
    public required string PasswordHash { get; set; }

    /// <summary>Failed sign-ins since the last success; too many lock the account for a while.</summary>
    public int FailedSignIns { get; set; }

    public DateTime? LockedUntilUtc { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>Changes with the password: a sign-in cookie carrying an older stamp is no longer accepted.</summary>
    public string SecurityStamp { get; set; } = Guid.NewGuid().ToString("n");
}
