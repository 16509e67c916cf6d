namespace NewsSite.Ingestion.Tests;

public class CaptionTests
{
    [Theory]
    [InlineData("Untitled collage (39). Picture: PA", "Untitled collage (39).", "PA")]
    [InlineData("Fans at the ground. Image: Getty Images", "Fans at the ground.", "Getty Images")]
    [InlineData("The harbour at dawn Photo: Jane Doe", "The harbour at dawn", "Jane Doe")]
    [InlineData("Flooded streets. Credit: Reuters", "Flooded streets.", "Reuters")]
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
    public void Split_CaptionLine_SeparatesCaptionAndCredit(string line, string caption, string? credit)
    {
        Assert.Equal(new Figure("alt", caption, credit), Captions.Split("alt", line));
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
