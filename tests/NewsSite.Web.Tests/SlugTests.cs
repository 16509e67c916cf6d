using NewsSite.Web.Import;

namespace NewsSite.Web.Tests;

public class SlugTests
{
    [Theory]
    [InlineData("China and North Korea loom as top US officials head to Asia", "china-and-north-korea-loom-as-top-us-officials-head-to-asia")]
    [InlineData("Europe’s cheapest city for a festive break", "europes-cheapest-city-for-a-festive-break")]
    [InlineData("Café owners’ “fury” – at £5 tax!", "cafe-owners-fury-at-gbp5-tax")]
    [InlineData("<script>", "script")]
    [InlineData("!!!", "article")]
    [InlineData("Cafe\u0301 owners", "cafe-owners")]
    [InlineData("Снег закрыл перевал", "sneg-zakryl-pereval")]
    [InlineData("Απεργία στα πλοία", "apergia-sta-ploia")]
    [InlineData("深圳 port reopens", "shenzhen-port-reopens")]
    [InlineData("Tide tables\uFFFE revised", "tide-tables-revised")]
    [InlineData("Broken \uD800 surrogate", "broken-surrogate")]
    [InlineData("Passenger plane struck by bullet close to the cockpit as it prepared to take off from the airport", "passenger-plane-struck-by-bullet-close-to-the-cockpit-as-it-prepared-to-take-off")]
    public void From_Headline_IsALowercaseReadableSegment(string headline, string slug)
    {
        Assert.Equal(slug, Slugs.From(headline));
    }

    [Theory]
    [InlineData("Мир", "mir")]
    [InlineData("Κόσμος", "kosmos")]
    [InlineData("Sitemaps", "sitemaps-news")]
    public void ForSection_NonLatinOrReservedName_IsItsOwnReadableSegment(string section, string slug)
    {
        Assert.Equal(slug, Slugs.ForSection(section));
    }
}
