namespace NewsSite.Web.Data;

/// <summary>An image's description, caption and credit, stored with what shows it.</summary>
public class FigureData
{
    public required string Alt { get; set; }

    public string? Caption { get; set; }

    public string? Credit { get; set; }
}
