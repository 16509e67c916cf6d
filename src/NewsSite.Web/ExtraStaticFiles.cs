using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace NewsSite.Web;

public static class ExtraStaticFiles
{
    /// <summary>Serves <see cref="SiteOptions.ExtraStaticFilesPath"/> under <c>/_files/</c> when it is set.</summary>
    public static IApplicationBuilder UseExtraStaticFiles(this IApplicationBuilder app)
    {
        if (app.ApplicationServices.GetRequiredService<IOptions<SiteOptions>>().Value.ExtraStaticFilesPath is { Length: > 0 } folder)
        {
            app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(Path.GetFullPath(folder)), RequestPath = "/_files" });
        }

        return app;
    }
}
