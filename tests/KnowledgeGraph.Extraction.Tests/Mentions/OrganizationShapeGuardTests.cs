using KnowledgeGraph.Extraction.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Tests.Mentions;

/// <summary>
/// Names that look like a body by their shape and are not one: a craft or a model named in quotes, a Latin
/// name of an event or a prize, a quoted title holding an event noun or a position, a head capitalised
/// only because it opens the sentence. Each row: a text and a surface that must not be an organisation.
/// </summary>
public class OrganizationShapeGuardTests
{
    [Theory]
    // a name called a craft once is the craft everywhere in the article
    [InlineData("Корабль «Сокол» стартовал в мае. Экипаж «Сокола» вернулся через полгода.", "Сокола")]
    [InlineData("Шаттл «Пеликан» готовят к полету. Старт «Пеликана» перенесли.", "Пеликана")]
    // a model code inside the quotes
    [InlineData("На Землю вернулся «Витязь ТМ-4» с тремя космонавтами.", "Витязь ТМ-4")]
    [InlineData("Экипаж пересел на «Витязь-5» еще в июле.", "Витязь-5")]
    // an event noun or a title inside the quotes
    [InlineData("В Вейк-ан-Зее проходит «Шахматный турнир Морской» уже в седьмой раз.", "Шахматный турнир Морской")]
    [InlineData("От участия отказался «Классический чемпион мира» Павел Горин.", "Классический чемпион мира")]
    public void A_quoted_craft_model_event_or_title_is_no_body(string text, string surface) => NoBody(text, surface);

    [Theory]
    [InlineData("В январе пройдет Harbour Chess Tournament в Роттердаме.", "Harbour Chess Tournament")]
    [InlineData("Сборная Чили выиграла Pacific Nations Cup в прошлом году.", "Pacific Nations Cup")]
    [InlineData("Фильм получил Golden Lantern Prize в Берлине.", "Golden Lantern Prize")]
    public void A_Latin_name_ending_in_an_event_or_a_prize_is_no_body(string text, string surface) => NoBody(text, surface);

    [Theory]
    [InlineData("Группа известна своими мрачными текстами.", "Группа известна своими мрачными")]
    [InlineData("Первое издание книги вышло в 1859 году.", "Первое издание")]
    [InlineData("Этот фонд помогает детям.", "Этот фонд")]
    public void A_head_capitalised_by_the_sentence_start_names_nothing(string text, string surface) =>
        Assert.DoesNotContain(Extractors.EntitiesOf(text), e => e.Label == GraphLabels.Organization && e.Mentions.Any(m => m.Text.StartsWith(surface.Split(' ')[0], StringComparison.Ordinal)));

    [Theory]
    // the guards leave bodies alone: a club in quotes, a Latin company, a head with a quoted name at a sentence start
    [InlineData("Болельщики «Сокола» встречали команду в аэропорту.", "Сокола")]
    [InlineData("Акции Harbour Systems выросли на два процента.", "Harbour Systems")]
    [InlineData("Центр современной культуры «Вереск» примет выставку.", "Центр современной культуры")]
    [InlineData("Лондонская фондовая биржа открылась ростом.", "Лондонская фондовая биржа")]
    public void Bodies_of_the_same_shapes_are_still_found(string text, string surface) =>
        Extractors.Expect(text, surface, GraphLabels.Organization);

    private static void NoBody(string text, string surface) =>
        Assert.DoesNotContain(Extractors.EntitiesOf(text), e => e.Label == GraphLabels.Organization && e.Mentions.Any(m => m.Text == surface));
}
