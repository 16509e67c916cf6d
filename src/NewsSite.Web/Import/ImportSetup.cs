namespace NewsSite.Web.Import;

public static class ImportSetup
{
    /// <summary>The importer, its options, the gate that lets one import run at a time, and the queue of imports run in the background.</summary>
    public static WebApplicationBuilder AddNewsImport(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ImportOptions>().BindConfiguration(ImportOptions.Section).ValidateDataAnnotations().ValidateOnStart()
            .PostConfigure<IHostEnvironment>((options, environment) => options.SeedsPath = SeedFiles.ResolveFolder(options.SeedsPath, environment.ContentRootPath));
        builder.Services.AddSingleton<ImportGate>();
        builder.Services.AddSingleton<BackgroundImports>();
        builder.Services.AddHostedService(services => services.GetRequiredService<BackgroundImports>());
        builder.Services.AddScoped<SeedImporter>();
        builder.Services.AddScoped<SeedExporter>();
        builder.Services.AddSingleton<SeedUploads>();
        return builder;
    }
}
