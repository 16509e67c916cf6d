using Microsoft.Extensions.Configuration;
using NewsSite.Web.Data;
using Npgsql;

namespace NewsSite.Web.Tests;

/// <summary>Database:Provider and ConnectionStrings:News, as an operator writes them.</summary>
public class StoreConfigurationTests
{
    [Fact]
    public void NoProvider_IsSqliteUnderTheAppFolder()
    {
        var store = NewsStore.From(Configuration(), "/srv/newssite");

        Assert.Equal(DatabaseProvider.Sqlite, store.Provider);
        Assert.Contains("/srv/newssite/App_Data/news.db", store.ConnectionString);
    }

    [Fact]
    public void Postgres_WithoutAConnectionString_SaysWhatIsMissing()
    {
        var error = Assert.Throws<InvalidOperationException>(() => NewsStore.From(Configuration(("Database:Provider", "Postgres")), "/srv/newssite"));

        Assert.Contains("ConnectionStrings:News must name the server", error.Message);
    }

    [Fact]
    public void UnknownProvider_IsRefusedByName()
    {
        var error = Assert.Throws<InvalidOperationException>(() => NewsStore.From(Configuration(("Database:Provider", "Oracle")), "/srv/newssite"));

        Assert.Contains("'Oracle' is not known: use Sqlite or Postgres", error.Message);
    }

    [Theory]
    [InlineData("Host=db;Database=news", 64)]
    [InlineData("Host=db;Database=news;Max Auto Prepare=0", 0)]
    [InlineData("Host=db;Database=news;MaxAutoPrepare=10", 10)]
    public void Postgres_PreparesRepeatedStatementsUnlessTheConnectionStringSaysOtherwise(string configured, int expected)
    {
        var store = NewsStore.From(Configuration(("Database:Provider", "postgres"), ("ConnectionStrings:News", configured)), "/srv/newssite");

        Assert.Equal(DatabaseProvider.Postgres, store.Provider);
        Assert.Equal(expected, new NpgsqlConnectionStringBuilder(store.ConnectionString).MaxAutoPrepare);
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build();
}
