using KnowledgeGraph.Cli.Options;
using KnowledgeGraph.Cli.Pipeline;
using KnowledgeGraph.Extraction.Lexicons;
using KnowledgeGraph.Model;
using KnowledgeGraph.Sources;
using Microsoft.Extensions.Configuration;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>
/// A verb that extracts starts loading the extractor its configuration names before the settings are checked; the
/// provider uses that load only when the settings ask for the same, and either way the extractor gives what one
/// loaded for those settings gives.
/// </summary>
public sealed class ExtractorPreloadTests
{
    private static readonly SourceArticle Article = new ArticleReader().Read(Path.Combine(RepoPaths.SampleArticles, "sample-01-astana-visit.txt"));

    private static IConfiguration Configuration(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build();

    private static string Json(ExtractionOptions options, IConfiguration? preloadFrom)
    {
        if (preloadFrom is not null)
        {
            ExtractorPreload.Start(preloadFrom);
        }

        var extractor = new ExtractorProvider(Microsoft.Extensions.Options.Options.Create(options)).Extractor;
        return GraphJson.Serialize(extractor.Extract(Article));
    }

    [Fact]
    public void A_preload_for_other_settings_is_not_taken()
    {
        var without = Json(new ExtractionOptions { LexiconEdges = false }, Configuration());
        Assert.DoesNotContain("\"lexicon\"", without, StringComparison.Ordinal);
        Assert.Equal(Json(new ExtractionOptions { LexiconEdges = false }, preloadFrom: null), without);
    }

    [Fact]
    public void A_preload_for_the_same_settings_gives_the_same_graph()
    {
        var with = Json(new ExtractionOptions(), Configuration());
        Assert.Contains("\"lexicon\"", with, StringComparison.Ordinal); // the sample names a city whose country the gazetteer knows
        Assert.Equal(Json(new ExtractionOptions(), preloadFrom: null), with);
    }

    [Fact]
    public void The_preload_loads_what_the_configuration_names_and_is_taken_once()
    {
        var folder = LexiconLocator.FindDefault();
        var named = Path.Combine(folder, "."); // the same lexicons under another spelling of the folder

        ExtractorPreload.Start(Configuration(("Extraction:LexiconPath", named), ("Extraction:LexiconEdges", "false")));
        Assert.Null(ExtractorPreload.Take(named, lexiconEdges: true));

        ExtractorPreload.Start(Configuration(("Extraction:LexiconPath", named), ("Extraction:LexiconEdges", "false")));
        Assert.Null(ExtractorPreload.Take(folder, lexiconEdges: false));

        ExtractorPreload.Start(Configuration(("Extraction:LexiconPath", named), ("Extraction:LexiconEdges", "false")));
        Assert.NotNull(ExtractorPreload.Take(named, lexiconEdges: false));
        Assert.Null(ExtractorPreload.Take(named, lexiconEdges: false)); // taken: a second provider loads its own

        ExtractorPreload.Start(Configuration());
        Assert.NotNull(ExtractorPreload.Take(folder, lexiconEdges: true));
    }

    [Fact]
    public void A_setting_that_does_not_bind_starts_no_load_and_throws_nothing()
    {
        ExtractorPreload.Start(Configuration(("Extraction:LexiconEdges", "sometimes")));
        Assert.Null(ExtractorPreload.Take(LexiconLocator.FindDefault(), lexiconEdges: true));
    }
}
