using NewsSite.Web.Data;

namespace NewsSite.Web.Pages.Search;

public static class SearchSetup
{
    /// <summary>The search options, the search rate limit and the gate every search passes.</summary>
    public static WebApplicationBuilder AddNewsSearch(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<SearchOptions>().BindConfiguration(SearchOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<SearchGate>();
        builder.Services.AddRateLimiter(options => options.AddPolicy<string, SearchRateLimit>(SearchRateLimit.Policy));
        return builder;
    }
}
