using System.ComponentModel.DataAnnotations;

namespace NewsSite.Web.Admin;

/// <summary>Sign-in limits for the admin area (section "Admin").</summary>
public sealed class AdminOptions
{
    public const string Section = "Admin";

    /// <summary>Sign-in attempts (POSTs to the login page) allowed per client address per minute.</summary>
    [Range(1, 10_000)]
    public int SignInAttemptsPerMinute { get; set; } = 10;

    /// <summary>How long a sign-in lasts without activity.</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(8);
}
