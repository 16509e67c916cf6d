using System.Net;
using System.Net.Http.Headers;

namespace NewsSite.Web.Tests;

public sealed class CachingTests : IDisposable
{
    private const string ArticleUrl = "/world/china-and-north-korea-loom-as-top-us-officials-head-to-asia";
    private readonly NewsSiteFactory _site = new() { Settings = { ["Admin:SignInAttemptsPerMinute"] = "1000" } };

    [Fact]
    public async Task ReaderPages_AfterAnImportOfAChangedSeed_ShowTheChangeAtOnce()
    {
        var before = await _site.GetDocumentAsync(ArticleUrl);
        await _site.GetDocumentAsync("/world"); // now cached
        await _site.GetDocumentAsync("/");
        var example = Path.Combine(_site.SeedsFolder, "000_20ca1ab23c72d2da.txt");
        File.WriteAllText(example, File.ReadAllText(example).Replace("China and North Korea loom as top US officials head to Asia\n", "China and North Korea loom large\n"));

        await _site.ImportAsync();

        Assert.Equal("China and North Korea loom as top US officials head to Asia", before.QuerySelector("h1")?.TextContent);
        Assert.Equal("China and North Korea loom large", (await _site.GetDocumentAsync(ArticleUrl)).QuerySelector("h1")?.TextContent);
        Assert.Equal("China and North Korea loom large", (await _site.GetDocumentAsync("/world")).QuerySelector(".headline")?.TextContent.Trim());
        Assert.Equal("China and North Korea loom large", (await _site.GetDocumentAsync("/")).QuerySelector(".headline")?.TextContent.Trim());
    }

    [Fact]
    public async Task ReaderPages_AfterAnImportByAnotherProcess_ShowTheChangeAtOnce()
    {
        var client = _site.CreateClient();
        using var before = await client.GetAsync(ArticleUrl); // now cached here
        var example = Path.Combine(_site.SeedsFolder, "000_20ca1ab23c72d2da.txt");
        File.WriteAllText(example, File.ReadAllText(example).Replace("China and North Korea loom as top US officials head to Asia\n", "China and North Korea loom large\n"));

        // Another host on the same store (the command line, or another web node) runs the import.
        using (var other = NewsSiteFactory.NodeOf(_site))
        {
            await other.ImportAsync();
        }

        using var revalidated = new HttpRequestMessage(HttpMethod.Get, ArticleUrl) { Headers = { IfNoneMatch = { before.Headers.ETag! } } };
        using var after = await client.SendAsync(revalidated);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
        Assert.Contains("<h1>China and North Korea loom large</h1>", await after.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ReaderPages_CarryAnETagAndAnswerARevalidationWith304UntilTheContentChanges()
    {
        var client = _site.CreateClient();
        using var first = await client.GetAsync(ArticleUrl);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.NotNull(first.Content.Headers.LastModified);
        Assert.True(first.Headers.CacheControl?.NoCache);

        using var again = new HttpRequestMessage(HttpMethod.Get, ArticleUrl) { Headers = { IfNoneMatch = { etag } } };
        using var notModified = await client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);

        using var since = new HttpRequestMessage(HttpMethod.Get, "/world") { Headers = { IfModifiedSince = first.Content.Headers.LastModified } };
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(since)).StatusCode);

        await _site.ImportAsync();
        using var afterImport = new HttpRequestMessage(HttpMethod.Get, ArticleUrl) { Headers = { IfNoneMatch = { etag } } };
        using var changed = await client.SendAsync(afterImport);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(etag, changed.Headers.ETag);
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task ReaderPages_AreCompressedForClientsThatAccept(string encoding)
    {
        var client = _site.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, ArticleUrl) { Headers = { AcceptEncoding = { new StringWithQualityHeaderValue(encoding) } } };

        using var response = await client.SendAsync(request);
        using var plain = await client.GetAsync(ArticleUrl);

        Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
        Assert.Empty(plain.Content.Headers.ContentEncoding);
        var (compressed, full) = ((await response.Content.ReadAsByteArrayAsync()).Length, (await plain.Content.ReadAsByteArrayAsync()).Length);
        Assert.True(compressed * 2 < full, $"{compressed} bytes compressed, {full} plain");
    }

    [Fact]
    public async Task AdminPages_AreNeverCachedNorStampedForSharing()
    {
        var session = await AdminSession.SignedInAsync(_site);
        using var first = await session.Client.GetAsync("/admin");
        await session.ReimportAsync();

        using var second = await session.Client.GetAsync("/admin");

        Assert.Null(first.Headers.ETag);
        Assert.NotEqual(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Empty(first.Content.Headers.ContentEncoding);
    }

    public void Dispose() => _site.Dispose();
}
