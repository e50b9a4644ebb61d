using System.Text;
using KnowledgeGraph.Extraction.Tests.Support;

namespace KnowledgeGraph.Extraction.Tests;

/// <summary>
/// Extraction costs time linear in the text. Counted, not timed: <see cref="LookupMeter"/> counts the
/// entries document-wide look-ups examine (earlier mentions, person groups, named bodies, evidence).
/// A text four times as long must cost at most about four times as many; a scan of everything per
/// mention would cost sixteen. Kinds of text: one story repeated (few entities, many mentions each),
/// many different people (entities grow with the text), and the same without sentence ends.
/// </summary>
public class LinearCostTests
{
    private const int Paragraphs = 150;

    [Theory]
    [InlineData("repeated", true)]
    [InlineData("people", true)]
    [InlineData("people", false)]
    public void Four_times_the_text_costs_at_most_about_four_times_the_look_ups(string kind, bool sentenceEnds)
    {
        var small = Count(Text(kind, Paragraphs, sentenceEnds));
        var large = Count(Text(kind, 4 * Paragraphs, sentenceEnds));
        Assert.True(small > Paragraphs, $"the look-ups are counted: {small}");
        Assert.True(large <= 5 * small, $"{Paragraphs} paragraphs: {small} look-ups; {4 * Paragraphs}: {large} ({(double)large / small:0.0} times)");
    }

    private static long Count(string text)
    {
        LookupMeter.Reset();
        Extractors.Default.Extract(Extractors.Article(text));
        return LookupMeter.Count;
    }

    private static readonly string[] Given = ["Иван", "Пётр", "Олег", "Кирилл", "Антон", "Борис", "Глеб", "Денис"];
    private static readonly string[] Stems = ["Бор", "Вел", "Дуб", "Жар", "Зим", "Крут", "Лис", "Мор", "Нев", "Ост", "Ряб", "Сед", "Тур", "Хол", "Шир", "Яр"];
    private static readonly string[] Tails = ["анов", "енков", "ицын", "убов", "онин", "алов"];

    /// <summary>Paragraphs of our own writing about invented people.</summary>
    private static string Text(string kind, int paragraphs, bool sentenceEnds)
    {
        var sb = new StringBuilder("Заголовок\n\n");
        for (var i = 0; i < paragraphs; i++)
        {
            var n = kind == "repeated" ? 0 : i;
            var given = Given[n % Given.Length];
            var surname = Stems[n / Given.Length % Stems.Length] + Tails[n / (Given.Length * Stems.Length) % Tails.Length];
            var paragraph =
                $"Министр иностранных дел Казахстана {given} {surname} встретился в Астане с послом Франции. " +
                $"{given[0]}. {surname} отметил, что Казахстан и Франция укрепляют сотрудничество в рамках ООН. " +
                $"Глава МИД подписал соглашение, а {surname} посетил Алматы.\n";
            sb.Append(sentenceEnds ? paragraph : paragraph.Replace(". ", " ", StringComparison.Ordinal).Replace('\n', ' '));
        }

        return sb.ToString();
    }
}
