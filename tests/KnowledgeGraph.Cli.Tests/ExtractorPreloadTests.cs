using KnowledgeGraph.Cli.Options;
using KnowledgeGraph.Cli.Pipeline;
using KnowledgeGraph.Model;
using KnowledgeGraph.Sources;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>
/// The lexicons a verb starts loading before its settings are read are used only when the settings ask for the same;
/// either way the extractor gives what one loaded for those settings gives.
/// </summary>
public sealed class ExtractorPreloadTests
{
    private static readonly SourceArticle Article = new ArticleReader().Read(Path.Combine(RepoPaths.SampleArticles, "sample-01-astana-visit.txt"));

    private static string Json(ExtractionOptions options, bool preload)
    {
        if (preload)
        {
            ExtractorPreload.Start();
        }

        var extractor = new ExtractorProvider(Microsoft.Extensions.Options.Options.Create(options)).Extractor;
        return GraphJson.Serialize(extractor.Extract(Article));
    }

    [Fact]
    public void A_preload_for_other_settings_is_not_taken()
    {
        var without = Json(new ExtractionOptions { LexiconEdges = false }, preload: true);
        Assert.DoesNotContain("\"lexicon\"", without, StringComparison.Ordinal);
        Assert.Equal(Json(new ExtractionOptions { LexiconEdges = false }, preload: false), without);
    }

    [Fact]
    public void A_preload_for_the_same_settings_gives_the_same_graph()
    {
        var with = Json(new ExtractionOptions(), preload: true);
        Assert.Contains("\"lexicon\"", with, StringComparison.Ordinal); // the sample names a city whose country the gazetteer knows
        Assert.Equal(Json(new ExtractionOptions(), preload: false), with);
    }
}
