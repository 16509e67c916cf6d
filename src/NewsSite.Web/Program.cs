using NewsSite.Web.Commands;
using NewsSite.Web.Import;
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
            .WriteTo.Console(standardErrorFromLevel: isCommand ? LogEventLevel.Verbose : null),
        preserveStaticLogger: true);

    // Options
    builder.Services.AddOptions<ImportOptions>().BindConfiguration(ImportOptions.Section).ValidateDataAnnotations().ValidateOnStart();

    // Pages
    builder.Services.AddRazorPages();
    builder.WebHost.UseStaticWebAssets();

    var app = builder.Build();
    if (isCommand)
    {
        return await NewsCommands.InvokeAsync(app.Services, args);
    }

    // Pipeline
    app.UseSerilogRequestLogging();
    app.UseStaticFiles();
    app.MapRazorPages();

    await app.RunAsync();
    return 0;
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
