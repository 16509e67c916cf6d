namespace NewsSite.Web.Import;

public static class ImportSetup
{
    /// <summary>The importer, its options and the gate that lets one import run at a time.</summary>
    public static WebApplicationBuilder AddNewsImport(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ImportOptions>().BindConfiguration(ImportOptions.Section).ValidateDataAnnotations().ValidateOnStart()
            .PostConfigure<IHostEnvironment>((options, environment) => options.SeedsPath = SeedFiles.ResolveFolder(options.SeedsPath, environment.ContentRootPath));
        builder.Services.AddSingleton<ImportGate>();
        builder.Services.AddScoped<SeedImporter>();
        builder.Services.AddScoped<SeedExporter>();
        builder.Services.AddSingleton<SeedUploads>();
        return builder;
    }
}
