namespace NewsSite.Ingestion;

/// <summary>
/// Deterministic, realistic articles for benchmarks and load tests: several sections, 5–60
/// paragraphs, 0–4 figures in every credit style, bylines, "Latest … News" sidebars whose
/// teasers often name other generated articles, and publish dates spread over ten years.
/// The same count and seed always give the same articles; <see cref="SeedWriter"/> writes them,
/// with <see cref="Captions.Labels"/> taken in turn so the files hold every credit form.
/// </summary>
public static class SeedGenerator
{
    private static readonly string[] Sections = ["World", "UK", "Politics", "Business", "Sport", "Science", "Culture", "Health"];
    private static readonly string[] Subjects = ["Ministers", "Scientists", "Residents", "Campaigners", "Officials", "Investors", "Doctors", "Teachers", "Farmers", "Fans", "Engineers", "Councillors"];
    private static readonly string[] Verbs = ["warn over", "celebrate", "push for", "question", "unveil plans for", "react to", "prepare for", "call for talks on", "back", "reject"];
    private static readonly string[] Objects = ["new rail link", "coastal flood defences", "record harvest", "energy prices", "hospital waiting lists", "school funding", "heatwave", "trade deal", "rare comet", "stadium redevelopment", "housing shortage", "river clean-up"];
    private static readonly string[] Places = ["Cornwall", "Glasgow", "Belfast", "Cardiff", "Leeds", "Brussels", "Tokyo", "Nairobi", "Lima", "Ottawa", "Canberra", "Seoul"];
    private static readonly string[] Words = ["the", "council", "said", "on", "Tuesday", "that", "plans", "would", "be", "published", "later", "this", "year", "after", "months", "of", "talks", "with", "local", "groups", "and", "national", "bodies", "while", "critics", "argued", "costs", "had", "risen", "sharply", "since", "spring"];
    private static readonly string[] People = ["Jane Barlow", "Alex Brandon", "Yui Mok", "Owen Humphreys", "Kirsty O'Connor", "Danny Lawson"];
    private static readonly string[] Agencies = ["PA", "AP", "Reuters", "Getty Images", "AFP", "PA Wire"];
    private static readonly string[] Bylines = ["Press Association", "Jane Smith", "Reuters", "PA Reporter", "Amira Khan and Tom Evans", "Our Science Correspondent"];
    private static readonly DateTime Earliest = new(2015, 1, 1);

    public static IEnumerable<ArticleDraft> Generate(int count, int seed = 1)
    {
        var random = new Random(seed);
        var headlinesBySection = Sections.ToDictionary(s => s, _ => new List<string>());
        for (var i = 0; i < count; i++)
        {
            var section = Sections[random.Next(Sections.Length)];
            var title = Headline(random);
            yield return Create(random, section, title, headlinesBySection[section]);
            headlinesBySection[section].Add(title);
        }
    }

    private static ArticleDraft Create(Random random, string section, string title, List<string> earlierInSection)
    {
        var local = Earliest.AddMinutes(random.Next(10 * 365 * 24 * 60));
        var paragraphs = random.Next(5, 61);
        var figures = random.Next(0, 5);
        var lead = figures > 0 && random.Next(10) < 6 ? Figure(random) : null;
        var body = new List<BodyBlock>();
        for (var p = 1; p < paragraphs; p++)
        {
            body.Add(new ParagraphBlock(Paragraph(random)));
        }

        for (var f = lead is null ? 0 : 1; f < figures; f++)
        {
            body.Insert(random.Next(body.Count + 1), new FigureBlock(Figure(random)));
        }

        LatestNews? latest = null;
        if (random.Next(100) < 85)
        {
            var teasers = Enumerable.Range(0, 16).Select(_ => new Teaser(
                Sentence(random, 6, 12).TrimEnd('.'),
                earlierInSection.Count > 0 && random.Next(3) > 0 ? earlierInSection[random.Next(earlierInSection.Count)] : Headline(random)));
            latest = new LatestNews(LatestNews.HeadingFor(section), section, [.. teasers]);
        }

        return new ArticleDraft(
            title,
            UkTime.FromLocal(local),
            latest?.Section,
            random.Next(10) < 8 ? Bylines[random.Next(Bylines.Length)] : null,
            lead,
            Paragraph(random),
            body,
            latest);
    }

    private static string Headline(Random random) =>
        $"{Pick(random, Subjects)} {Pick(random, Verbs)} {Pick(random, Objects)} in {Pick(random, Places)}";

    private static Figure Figure(Random random)
    {
        var alt = Sentence(random, 5, 12).TrimEnd('.');
        var caption = Sentence(random, 6, 18);
        return random.Next(6) switch
        {
            0 => new Figure(alt, caption, Pick(random, Agencies)),
            1 => new Figure(alt, caption, $"{Pick(random, People)}/{Pick(random, Agencies)}"),
            2 => new Figure(alt, caption.TrimEnd('.'), $"{Pick(random, People)}/{Pick(random, Agencies)}"),
            3 => new Figure(alt, caption, Pick(random, People)),
            4 => new Figure(alt, "", Pick(random, Agencies)),
            _ => new Figure(alt, caption, null),
        };
    }

    private static string Paragraph(Random random) =>
        string.Join(' ', Enumerable.Range(0, random.Next(1, 5)).Select(_ => Sentence(random, 8, 30)));

    private static string Sentence(Random random, int minWords, int maxWords)
    {
        var words = Enumerable.Range(0, random.Next(minWords, maxWords + 1)).Select(_ => Pick(random, Words)).ToArray();
        words[0] = Pick(random, Subjects);
        return string.Join(' ', words) + ".";
    }

    private static string Pick(Random random, string[] options) => options[random.Next(options.Length)];
}
