using Serilog.Events;

namespace NewsSite.Web;

/// <summary>
/// The level of each request's log event: failures and slow requests stand out, while the
/// thousands of quick successful reads a second stay at Debug, below the default level.
/// </summary>
public static class RequestLogLevel
{
    private const double SlowMilliseconds = 1000;

    public static LogEventLevel For(HttpContext context, double elapsedMilliseconds, Exception? exception) =>
        exception is not null || context.Response.StatusCode >= 500 ? LogEventLevel.Error
        : elapsedMilliseconds > SlowMilliseconds ? LogEventLevel.Warning
        : context.Request.Path.StartsWithSegments("/admin") && !HttpMethods.IsGet(context.Request.Method) ? LogEventLevel.Information
        : LogEventLevel.Debug;
}
