using NewsSite.Web.Import;

namespace NewsSite.Web.Tests;

public class SlugTests
{
    [Theory]
    [InlineData("China and North Korea loom as top US officials head to Asia", "china-and-north-korea-loom-as-top-us-officials-head-to-asia")]
    [InlineData("Europe’s cheapest city for a festive break", "europes-cheapest-city-for-a-festive-break")]
    [InlineData("Café owners’ “fury” – at £5 tax!", "cafe-owners-fury-at-5-tax")]
    [InlineData("<script>", "script")]
    [InlineData("!!!", "article")]
    [InlineData("Passenger plane struck by bullet close to the cockpit as it prepared to take off from the airport", "passenger-plane-struck-by-bullet-close-to-the-cockpit-as-it-prepared-to-take-off")]
    public void From_Headline_IsALowercaseReadableSegment(string headline, string slug)
    {
        Assert.Equal(slug, Slugs.From(headline));
    }
}
