using KnowledgeGraph.Extraction.Lexicons;

namespace KnowledgeGraph.Extraction.Tests.Lexicons;

public class LexiconLocationTests
{
    [Fact]
    public void Default_lexicons_are_copied_beside_the_assembly()
    {
        Assert.True(File.Exists(Path.Combine(LexiconLocator.FindDefault(), "countries.txt")));
        Assert.NotNull(ArticleExtractor.CreateDefault());
    }

    [Fact]
    public void Missing_lexicon_folder_names_the_path()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-such-lexicons-" + Guid.NewGuid().ToString("N"));
        var ex = Assert.Throws<DirectoryNotFoundException>(() => ArticleExtractor.Create(missing));
        Assert.Contains(missing, ex.Message, StringComparison.Ordinal);
    }
}
