using System.Text;
using KnowledgeGraph.Extraction.Relations;
using KnowledgeGraph.Extraction.Tests.Relations;
using KnowledgeGraph.Extraction.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Tests;

/// <summary>
/// Look-ups that go back over the document for each new occurrence: a bare head noun back to the
/// body last introduced with it (and the sentence of its last mention), a bare descriptor after a
/// title back to the organisation introduced with it, a bare state title to the document's country.
/// Counted with <see cref="LookupMeter"/>, never timed: four times the text may cost at most about
/// four times the entries examined (a scan of everything earlier would cost sixteen). Invented bodies
/// and people.
/// </summary>
public class DocumentScanCostTests
{
    private const int Paragraphs = 120;

    [Fact]
    public void A_bare_head_noun_finds_its_body_at_a_cost_linear_in_the_text()
    {
        static string Text(int n) => "Заголовок\n\n" + string.Concat(Enumerable.Range(0, n).Select(i =>
            $"Концерн «{Name(i)}» открыл завод. Представители концерна сообщили о планах.\n"));

        var (small, smallDoc) = Count(() => Extractors.Default.Analyse(Extractors.Article(Text(Paragraphs))));
        var (large, largeDoc) = Count(() => Extractors.Default.Analyse(Extractors.Article(Text(4 * Paragraphs))));

        // every «концерна» is the body of its own paragraph
        foreach (var i in new[] { 0, 7, 4 * Paragraphs - 1 })
        {
            var body = largeDoc.Entities.Single(e => e.Name == Name(i));
            Assert.Equal([$"Концерн «{Name(i)}»", "концерна"], body.Mentions.Select(m => m.Text).Order(StringComparer.Ordinal));
        }

        Assert.Equal(Paragraphs, smallDoc.Entities.Count(e => e.Mentions.Any(m => m.Text == "концерна")));
        AssertLinear(small, large);
    }

    [Fact]
    public void A_bare_descriptor_after_a_title_finds_its_body_at_a_cost_linear_in_the_text()
    {
        var rels = RelationsLinear(i => $"Пришли сторонники [Organization:партии «{Name(i)}»|{Name(i)}]. Позже появился глава партии [Person:Ян {Name(i)}ов].\n");

        // each leader heads the party of his own paragraph, the latest introduced before him
        Assert.Contains($"HOLDS_POSITION Ян {Name(0)}ов -> {Name(0)}", rels);
        Assert.Contains($"HOLDS_POSITION Ян {Name(4 * Paragraphs - 1)}ов -> {Name(4 * Paragraphs - 1)}", rels);
    }

    [Fact]
    public void Bare_state_titles_in_a_text_without_countries_cost_linear_time()
    {
        var rels = RelationsLinear(i => $"Премьер-министр [Person:Ян {Name(i)}ов] выступил в среду.\n");
        Assert.DoesNotContain(rels, r => r.StartsWith("HOLDS_POSITION", StringComparison.Ordinal));
    }

    /// <summary>The relationships of the longer of two marked texts, paragraph by paragraph, after checking their cost.</summary>
    private static string[] RelationsLinear(Func<int, string> paragraph)
    {
        string Text(int n) => "Заголовок\n" + string.Concat(Enumerable.Range(0, n).Select(paragraph));
        var (small, _) = Count(() => Relations(Text(Paragraphs)));
        var (large, rels) = Count(() => Relations(Text(4 * Paragraphs)));
        AssertLinear(small, large);
        return rels;
    }

    private static string[] Relations(string marked)
    {
        var doc = MarkedText.Parse(marked);
        return MarkedText.Describe(doc, new DefaultRelationStage().Extract(doc).ToList());
    }

    private static (long Count, T Result) Count<T>(Func<T> work)
    {
        LookupMeter.Reset();
        var result = work();
        return (LookupMeter.Count, result);
    }

    private static void AssertLinear(long small, long large)
    {
        Assert.True(small >= Paragraphs, $"the look-ups are counted: {small}");
        Assert.True(large <= 5 * small, $"{Paragraphs} paragraphs: {small} entries examined; {4 * Paragraphs}: {large} ({(double)large / small:0.0} times)");
    }

    private static readonly string[] Stems = ["Вег", "Лир", "Тавр", "Орион", "Альт", "Север", "Кедр", "Гранит", "Полюс", "Бриз", "Вектор", "Сириус"];
    private static readonly string[] Tails = ["ан", "ис", "ор", "ет", "ум", "ин", "ас", "ел"];
    private static readonly string[] Ends = ["", "ов", "ий", "ск", "ера", "иан"];

    /// <summary>An invented name, different for each paragraph.</summary>
    private static string Name(int i) =>
        new StringBuilder(Stems[i % Stems.Length]).Append(Tails[i / Stems.Length % Tails.Length]).Append(Ends[i / (Stems.Length * Tails.Length) % Ends.Length]).ToString();
}
