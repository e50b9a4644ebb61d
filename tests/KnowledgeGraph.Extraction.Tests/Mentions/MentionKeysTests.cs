using KnowledgeGraph.Extraction.Mentions;
using KnowledgeGraph.Extraction.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Tests.Mentions;

/// <summary>Keys remembered per label and name are those <see cref="EntityKeys.For"/> makes, asked once or again.</summary>
public class MentionKeysTests
{
    [Fact]
    public void A_remembered_key_is_the_key_of_the_label_and_name()
    {
        var asked = 0;
        foreach (var path in SampleArticles.AndRegressionArticles)
        {
            foreach (var e in Extractors.Default.Analyse(Extractors.Article(File.ReadAllText(path), path)).Entities)
            {
                foreach (var name in e.Aliases.Prepend(e.Name))
                {
                    // the same name under another label: another key
                    foreach (var label in new[] { e.Label, GraphLabels.Organization, GraphLabels.Person })
                    {
                        Assert.Equal(EntityKeys.For(label, name), MentionKeys.For(label, name));
                        Assert.Equal(EntityKeys.For(label, name), MentionKeys.For(label, name));
                        asked++;
                    }
                }
            }
        }

        Assert.True(asked > 1000, $"only {asked} keys asked");
    }

    [Fact]
    public void An_unknown_label_is_refused_as_EntityKeys_refuses_it()
    {
        Assert.Throws<GraphContractException>(() => EntityKeys.For("Nonsense", "x"));
        Assert.Throws<GraphContractException>(() => MentionKeys.For("Nonsense", "x"));
    }
}
