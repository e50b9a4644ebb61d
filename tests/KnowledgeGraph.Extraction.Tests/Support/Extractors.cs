using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Tests.Support;

/// <summary>One extractor for all tests (it is immutable and thread-safe) and small helpers.</summary>
public static class Extractors
{
    public static ArticleExtractor Default { get; } = ArticleExtractor.Create(RepoPaths.Lexicons);

    public static SourceArticle Article(string text, string path = "test.txt") =>
        new() { Path = path, Title = text.Split('\n').First(l => l.Trim().Length > 0).Trim(), Text = text };

    /// <summary>The entities of a text (with a title line in front, so the sentence is body text).</summary>
    public static List<Entity> EntitiesOf(string sentence) => Default.Analyse(Article("Заголовок\n\n" + sentence)).Entities;

    /// <summary>The entity with a mention whose text is <paramref name="surface"/>, or null.</summary>
    public static Entity? WithMention(this IEnumerable<Entity> entities, string surface) =>
        entities.FirstOrDefault(e => e.Mentions.Any(m => m.Text == surface));

    /// <summary>The entity of <paramref name="label"/> mentioned as <paramref name="surface"/> in <paramref name="sentence"/>; fails the test when there is none.</summary>
    public static Entity Expect(string sentence, string surface, string label)
    {
        var entity = EntitiesOf(sentence).WithMention(surface);
        Assert.True(entity is not null, $"no entity mentioned as «{surface}» in «{sentence}»");
        Assert.Equal(label, entity.Label);
        return entity;
    }
}
