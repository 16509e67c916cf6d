namespace NewsSite.Ingestion.Tests;

public class CaptionTests
{
    [Theory]
    [InlineData("Untitled collage (39). Picture: PA", "Untitled collage (39).", "PA")]
    [InlineData("Fans at the ground. Image: Getty Images", "Fans at the ground.", "Getty Images")]
    [InlineData("The harbour at dawn Photo: Jane Doe", "The harbour at dawn", "Jane Doe")]
    [InlineData("Flooded streets. Credit: Reuters", "Flooded streets.", "Reuters")]
    [InlineData("The square at noon. Photograph: AFP via Getty Images", "The square at noon.", "AFP via Getty Images")]
    [InlineData("Fans on the pitch. Photos: Jane Doe, Pictures: PA", "Fans on the pitch.", "Jane Doe, PA")]
    [InlineData("Joe Biden and Scott Morrison (Alex Brandon/AP)", "Joe Biden and Scott Morrison", "Alex Brandon/AP")]
    [InlineData("Protesters in the square (PA)", "Protesters in the square", "PA")]
    [InlineData("The church before the restoration began", "The church before the restoration began", null)]
    [InlineData("The Prime Minister (centre) with aides", "The Prime Minister (centre) with aides", null)]
    [InlineData("Boris Johnson and Rishi Sunak (right)", "Boris Johnson and Rishi Sunak (right)", null)]
    [InlineData("Untitled collage (39)", "Untitled collage (39)", null)]
    [InlineData("The picture: a photo of the crowd", "The picture: a photo of the crowd", null)]
    [InlineData("A rainbow over the bay (iStock)", "A rainbow over the bay", "iStock")]
    [InlineData("Police at the scene (dpa)", "Police at the scene", "dpa")]
    [InlineData("Crowds gather (Picture: PA)", "Crowds gather", "PA")]
    [InlineData("Cap (Jane Doe (PA))", "Cap", "Jane Doe (PA)")]
    [InlineData("The team celebrates (second left)", "The team celebrates (second left)", null)]
    [InlineData("Soldiers in the trenches (1914-1918)", "Soldiers in the trenches (1914-1918)", null)]
    [InlineData("The square in spring (March 2019)", "The square in spring (March 2019)", null)]
    [InlineData("Crowds on the first day (Monday)", "Crowds on the first day (Monday)", null)]
    [InlineData("Visitors in the new gallery (left to right)", "Visitors in the new gallery (left to right)", null)]
    [InlineData("Visitors in the new gallery (Left to right)", "Visitors in the new gallery (Left to right)", null)]
    [InlineData("The curator holds a medal (second from left)", "The curator holds a medal (second from left)", null)]
    [InlineData("A wartime poster (file photo)", "A wartime poster (file photo)", null)]
    [InlineData("The minister (pictured in 2019)", "The minister (pictured in 2019)", null)]
    [InlineData("The minister (Pictured in London)", "The minister (Pictured in London)", null)]
    [InlineData("The minister (L-R)", "The minister (L-R)", null)]
    [InlineData("A boat at sea (see below)", "A boat at sea (see below)", null)]
    [InlineData("The museum front (Alex Roe/PA)", "The museum front", "Alex Roe/PA")]
    [InlineData("The museum front (PA Wire/PA Images)", "The museum front", "PA Wire/PA Images")]
    [InlineData("The museum front (AFP via Getty Images)", "The museum front", "AFP via Getty Images")]
    [InlineData("The museum front (Ursula von der Leyen)", "The museum front", "Ursula von der Leyen")]
    [InlineData("The museum front (Reuters)", "The museum front", "Reuters")]
    [InlineData("Ministers at the opening (Jane Doe (PA))", "Ministers at the opening", "Jane Doe (PA)")]
    [InlineData("Flood defences in the town centre. Picture: PA Wire, Photo: Jane Roe", "Flood defences in the town centre.", "PA Wire, Jane Roe")]
    [InlineData("Flood defences. Picture: PA Wire; Photo: Jane Roe; Credit: Alex Roe", "Flood defences.", "PA Wire, Jane Roe, Alex Roe")]
    [InlineData("Image: a cat on a wall. Picture: PA", "Image: a cat on a wall.", "PA")]
    public void Split_CaptionLine_SeparatesCaptionAndCredit(string line, string caption, string? credit)
    {
        Assert.Equal(new Figure("alt", caption, credit), Captions.Split("alt", line));
    }

    [Theory]
    [InlineData("PA Wire, Jane Roe")]
    [InlineData("Alex Brandon/AP")]
    [InlineData("handout/reuters")]
    [InlineData("Jane Doe (PA)")]
    [InlineData("dpa")]
    public void Join_ThenSplit_GivesTheSameCredit(string credit)
    {
        var figure = new Figure("alt", "The harbour at dawn.", credit);

        Assert.Equal(figure, Captions.Split("alt", Captions.Join(figure)));
    }

    [Fact]
    public void Split_CaptionThatIsOnlyACredit_HasNoCaption()
    {
        Assert.Equal(new Figure("alt", "", "PA"), Captions.Split("alt", "Picture: PA"));
    }

    [Fact]
    public void Parse_InlineFigureCaption_IsSplitLikeTheLeadFigure()
    {
        var article = Seed.Parse(Seed.Article("Standfirst.", "A boat\nA boat at sea. Photo: Coastguard"));

        Assert.Equal(new FigureBlock(new Figure("A boat", "A boat at sea.", "Coastguard")), article.Body[0]);
    }
}
