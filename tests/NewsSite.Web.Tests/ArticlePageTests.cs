using System.Net;
using AngleSharp.Dom;

namespace NewsSite.Web.Tests;

public class ArticlePageTests(NewsSiteFactory site) : IClassFixture<NewsSiteFactory>
{
    private const string ArticleUrl = "/world/china-and-north-korea-loom-as-top-us-officials-head-to-asia";
    private const string Headline = "China and North Korea loom as top US officials head to Asia";

    [Fact]
    public async Task Home_LinksToTheSeededArticleByItsHeadline()
    {
        var home = await site.GetDocumentAsync("/");

        var link = home.QuerySelectorAll("main a").Single(a => a.TextContent.Trim() == Headline);
        Assert.Equal(ArticleUrl, link.GetAttribute("href"));
        Assert.Contains(home.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/world");
    }

    [Fact]
    public async Task Article_ShowsHeadlineUkTimeStandfirstAndByline()
    {
        var page = await site.GetDocumentAsync(ArticleUrl);

        Assert.Equal(Headline, Assert.Single(page.QuerySelectorAll("h1")).TextContent.Trim());
        var time = page.QuerySelector("article time")!;
        Assert.Equal("2021-03-14T09:34:00+00:00", time.GetAttribute("datetime"));
        Assert.Equal("14 March 2021, 09:34", time.TextContent.Trim());
        Assert.Equal("US secretary of state Antony Blinken and defence secretary Lloyd Austin will visit Japan and South Korea.", page.QuerySelector(".standfirst")?.TextContent.Trim());
        Assert.Equal("By Press Association", Normalize(page.QuerySelector(".byline")!));
        Assert.Contains(Headline, page.Title);
    }

    [Fact]
    public async Task Article_BothFiguresShowDescriptionCaptionAndCredit()
    {
        var page = await site.GetDocumentAsync(ArticleUrl);

        var figures = page.QuerySelectorAll("article figure");
        Assert.Equal(2, figures.Length);
        Assert.Equal("US secretary of state Antony Blinken and defence secretary Lloyd Austin", figures[0].QuerySelector("[role=img]")?.GetAttribute("aria-label"));
        Assert.Equal("Untitled collage (39).", figures[0].QuerySelector("figcaption .caption")?.TextContent.Trim());
        Assert.Equal("Picture: PA", figures[0].QuerySelector("figcaption .credit")?.TextContent.Trim());
        Assert.StartsWith("US president Joe Biden speaks during a virtual meeting with Japanese prime minister", figures[1].QuerySelector("figcaption .caption")?.TextContent.Trim());
        Assert.Contains("Alex Brandon/AP", figures[1].QuerySelector("figcaption .credit")?.TextContent);
        Assert.Empty(page.QuerySelectorAll("img"));
    }

    [Fact]
    public async Task Article_BodyKeepsItsOrderWithTheInlineFigureWhereItStands()
    {
        var page = await site.GetDocumentAsync(ArticleUrl);

        var blocks = page.QuerySelector(".article-body")!.Children.ToList();
        Assert.Equal(14, blocks.Count);
        Assert.StartsWith("Threats from China and North Korea", blocks[0].TextContent);
        Assert.StartsWith("On Friday, Mr Biden participated", blocks[7].TextContent);
        Assert.Equal("FIGURE", blocks[8].TagName);
        Assert.StartsWith("As part of that effort", blocks[9].TextContent);
        Assert.StartsWith("“Diplomacy is back", blocks[^1].TextContent);
    }

    [Fact]
    public async Task Article_SidebarShowsTheSixteenCapturedHeadlinesInSeedOrderWithoutDeadLinks()
    {
        var page = await site.GetDocumentAsync(ArticleUrl);

        var sidebar = page.QuerySelector("aside")!;
        Assert.Equal("Latest World News", sidebar.QuerySelector("h2")?.TextContent.Trim());
        var items = sidebar.QuerySelectorAll("li");
        Assert.Equal(16, items.Length);
        Assert.Equal("Russia launches one of its 'largest air attacks' on Ukraine targeting 'sleeping civilians' and 'critical infrastructure'", items[0].TextContent.Trim());
        Assert.Equal("Horror moment screaming air passengers lifted out of seats in extreme turbulence as plane forced to turn back", items[15].TextContent.Trim());
        Assert.Empty(sidebar.QuerySelectorAll("li a"));
    }

    [Fact]
    public async Task Article_SeeMoreLinkLeadsToTheSectionListWithArticleAndTeasers()
    {
        var page = await site.GetDocumentAsync(ArticleUrl);
        var seeMore = page.QuerySelectorAll("aside a").Single(a => a.TextContent.Trim() == "See more Latest World News");

        var list = await site.GetDocumentAsync(seeMore.GetAttribute("href")!);

        Assert.Equal("Latest World News", list.QuerySelector("h1")?.TextContent.Trim());
        var headlines = list.QuerySelectorAll(".headline").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(Headline, headlines[0]);
        Assert.Equal(17, headlines.Count);
        Assert.Equal("14 March 2021, 09:34", list.QuerySelector(".headline-item time")?.TextContent.Trim());
    }

    [Theory]
    [InlineData("/world/no-such-article")]
    [InlineData("/no-such-section")]
    [InlineData("/world?page=99")]
    public async Task UnknownPages_AreRealNotFoundPages(string url)
    {
        var page = await site.GetDocumentAsync(url, HttpStatusCode.NotFound);

        Assert.Equal("Page not found", page.QuerySelector("h1")?.TextContent.Trim());
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-1")]
    [InlineData("0")]
    [InlineData("01")]
    [InlineData("99999999999999999999")]
    [InlineData("1%27%20OR%201=1")]
    public async Task SectionList_MalformedPage_IsNotFound(string page)
    {
        var list = await site.GetDocumentAsync("/world?page=" + page, HttpStatusCode.NotFound);

        Assert.Equal("Page not found", list.QuerySelector("h1")?.TextContent.Trim());
    }

    private static string Normalize(IElement element) => string.Join(' ', element.TextContent.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
}
