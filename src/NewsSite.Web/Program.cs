using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using NewsSite.Web;
using NewsSite.Web.Admin;
using NewsSite.Web.Api;
using NewsSite.Web.Caching;
using NewsSite.Web.Commands;
using NewsSite.Web.Data;
using NewsSite.Web.Feeds;
using NewsSite.Web.Import;
using NewsSite.Web.Pages.Search;
using NewsSite.Web.Pages.Shared;
using Serilog;
using Serilog.Events;

Log.Logger = new LoggerConfiguration().WriteTo.Console(standardErrorFromLevel: LogEventLevel.Verbose).CreateBootstrapLogger();
try
{
    var isCommand = NewsCommands.IsCommand(args);

    // The content root is the app's own folder (settings, views, the static-asset manifest),
    // whatever directory it was started from; relative paths on the command line stay the caller's.
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions
    {
        Args = isCommand ? [] : args,
        ContentRootPath = AppContext.BaseDirectory,
    });

    // Logging: Serilog from the "Serilog" section; commands keep standard output for their results.
    builder.Services.AddSerilog(
        (services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext()
            .Enrich.With<LogTextEnricher>()
            .WriteTo.Console(standardErrorFromLevel: isCommand ? LogEventLevel.Verbose : null),
        preserveStaticLogger: true);

    // Options, data and import
    builder.Services.AddOptions<SiteOptions>().BindConfiguration(SiteOptions.Section).ValidateDataAnnotations().ValidateOnStart();
    builder.Services.AddOptions<ProxyOptions>().BindConfiguration(ProxyOptions.Section).ValidateDataAnnotations().ValidateOnStart();
    builder.Services.AddSingleton(TimeProvider.System);
    builder.AddNewsData();
    builder.AddNewsImport();

    // Reader pages: output cache, ETags, compression
    builder.AddReaderCaching();

    // Admins
    builder.AddNewsAdmin();

    // Search: rate limited per client, a bounded number at once
    builder.AddNewsSearch();

    // Pages: /admin is for signed-in admins only
    builder.Services.AddRazorPages(options =>
    {
        options.Conventions.AuthorizeFolder("/Admin");
        options.Conventions.AllowAnonymousToPage("/Admin/Login");
    });
    builder.Services.AddHttpContextAccessor();
    builder.Services.AddScoped<SiteUrls>();
    builder.Services.AddWebEncoders(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
    builder.Services.AddRouting(options => options.LowercaseUrls = true);

    // Health for load balancers: the store is reachable and migrated
    builder.Services.AddHealthChecks().AddCheck<StoreHealthCheck>("store");

    // JSON API with its OpenAPI document
    builder.Services.AddProblemDetails();
    builder.Services.AddOpenApi();
    builder.WebHost.UseStaticWebAssets();

    var app = builder.Build();
    if (isCommand)
    {
        return await NewsCommands.InvokeAsync(app.Services, args);
    }

    // Store: refuse a file that holds none, check its integrity, and if it is sound migrate it and import the seeds if it is new
    if (await app.Services.CheckNewsStoreAsync())
    {
        await app.Services.MigrateNewsStoreAsync();
        await app.Services.ImportSeedsIfEmptyAsync();
    }

    // Pipeline: security headers on every response; behind a configured reverse proxy, its scheme and client address count
    app.UseSecurityHeaders();
    app.UseTrustedProxies();
    if (!app.Environment.IsDevelopment())
    {
        app.UseExceptionHandler("/status/500");
        app.UseHsts();
    }

    app.UseStatusCodePagesWithReExecute("/status/{0}");
    app.UseSerilogRequestLogging(options => options.GetLevel = RequestLogLevel.For);
    app.UseAuthentication();
    app.UseAuthorization();
    app.UseRateLimiter();
    app.UseReaderCaching();
    app.UseExtraStaticFiles();
    app.MapStaticAssets();
    app.MapRazorPages().WithStaticAssets();
    app.MapFeeds();
    app.MapArticleApi();
    app.MapOpenApi();
    app.MapHealthChecks("/healthz", new HealthCheckOptions { ResponseWriter = StoreHealthCheck.WriteAsync });

    await app.RunAsync();
    return 0;
}
catch (StoreUnusableException ex)
{
    Log.Fatal("NewsSite stopped: {Reason}", ex.Message);
    return 1;
}
catch (Exception ex) when (ex is not HostAbortedException)
{
    Log.Fatal(ex, "NewsSite stopped unexpectedly");
    return 1;
}
finally
{
    await Log.CloseAndFlushAsync();
}
