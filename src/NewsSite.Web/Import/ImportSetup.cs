namespace NewsSite.Web.Import;

public static class ImportSetup
{
    /// <summary>The importer, its options and the gate that lets one import run at a time.</summary>
    public static WebApplicationBuilder AddNewsImport(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ImportOptions>().BindConfiguration(ImportOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<ImportGate>();
        builder.Services.AddScoped<SeedImporter>();
        return builder;
    }
}
