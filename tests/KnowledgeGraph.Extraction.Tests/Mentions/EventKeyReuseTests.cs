using KnowledgeGraph.Extraction.Mentions;
using KnowledgeGraph.Extraction.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Tests.Mentions;

/// <summary>
/// The event recogniser makes a name's key once (not at every mention of it) and keeps its working tables per
/// thread: every event mention's key must be the one the plain formula makes of its name, and an article's events
/// recognised after other articles must be those a fresh thread (new, empty tables) recognises.
/// </summary>
public class EventKeyReuseTests
{
    private static readonly List<string> Paths = [.. SampleArticles.AndRegressionArticles];

    [Fact]
    public void Every_event_mention_has_the_key_its_name_makes()
    {
        var events = 0;
        foreach (var path in Paths)
        {
            var c = Extractors.Default.Recognize(Extractors.Article(File.ReadAllText(path), path));
            foreach (var m in c.Mentions.Where(m => m.Label == GraphLabels.Event && m.Key!.StartsWith("event:", StringComparison.Ordinal)
                         && m.Key.EndsWith("-" + c.ArticleTag, StringComparison.Ordinal)))
            {
                // the plain formula, at each mention: its event's name (the first mention's, lower-cased) slugged and tagged
                Assert.Equal("event:" + EntityKeys.Slug(TextCase.ToLower(m.Name!)) + "-" + c.ArticleTag, m.Key);
                events++;
            }
        }

        Assert.True(events > 50, $"only {events} event mentions");
    }

    [Fact]
    public void Events_recognised_after_other_articles_are_those_a_fresh_thread_recognises()
    {
        var fresh = Paths.Select(p => FreshThread.Run(() => Events(p))).ToList();
        foreach (var k in Enumerable.Range(0, Paths.Count).Reverse())
        {
            Assert.Equal(fresh[k], Events(Paths[k]));
        }

        var events = fresh.Sum(f => f.Count);
        Assert.True(events > 50, $"only {events} event mentions");
    }

    private static List<string> Events(string path) =>
        [.. Extractors.Default.Recognize(Extractors.Article(File.ReadAllText(path), path)).Mentions
            .Where(m => m.Label == GraphLabels.Event)
            .Select(m => $"{m.First}-{m.Last} {m.Key} {m.Name} [{string.Join("|", m.Properties.Select(p => $"{p.Key}={p.Value}"))}]")];
}
