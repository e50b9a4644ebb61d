using KnowledgeGraph.Extraction.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Tests.Mentions;

/// <summary>
/// Organisation extents: names written rather than declined are kept whole, and the part or voice
/// of a body is taken with the body. Rows: a sentence, the mention's text, the entity's name.
/// </summary>
public class OrganizationExtentTests
{
    [Theory]
    [InlineData("Прогноз повысил банк Hartwell Brothers в четверг.", "банк Hartwell Brothers", "Hartwell Brothers")]
    [InlineData("Отчет выпустила компания Fenwick & Lowe накануне.", "компания Fenwick & Lowe", "Fenwick & Lowe")]
    [InlineData("Тарифы снизил оператор Tele2 с первого мая.", "Tele2", "Tele2")]
    [InlineData("Сделку закрыла 3Com еще весной.", "3Com", "3Com")]
    [InlineData("Акции Yahoo! выросли на три процента.", "Yahoo!", "Yahoo!")]
    [InlineData("Платеж прошел через Kaspi.kz без задержек.", "Kaspi.kz", "Kaspi.kz")]
    [InlineData("Сервис Яндекс.Маркет запустил доставку в Казань.", "Яндекс.Маркет", "Яндекс.Маркет")]
    [InlineData("Об этом сообщает Лента.ру со ссылкой на источник.", "Лента.ру", "Лента.ру")]
    [InlineData("Как пишет baltinfo.ru, конкурс перенесен.", "baltinfo.ru", "baltinfo.ru")]
    [InlineData("Об этом пишет The Daily Courier в субботу.", "The Daily Courier", "The Daily Courier")]
    public void Keeps_written_names_whole(string sentence, string surface, string name)
    {
        var org = Extractors.Expect(sentence, surface, GraphLabels.Organization);
        Assert.Equal(name, org.Name);
    }

    [Theory]
    [InlineData("Правление Сбербанка утвердило план.", "Правление Сбербанка", "Правление Сбербанка", "Сбербанка", "Organization")]
    [InlineData("Совет директоров «Газпрома» собрался в среду.", "Совет директоров «Газпрома»", "Совет директоров «Газпрома»", "Газпрома", "Organization")]
    [InlineData("Об этом сообщила пресс-служба МЧС вечером.", "пресс-служба МЧС", "пресс-служба МЧС", "МЧС", "Organization")]
    [InlineData("Решение одобрил наблюдательный совет Сбербанка.", "наблюдательный совет Сбербанка", "наблюдательный совет Сбербанка", "Сбербанка", "Organization")]
    [InlineData("Правительство Таиланда отменило комендантский час.", "Правительство Таиланда", "Правительство Таиланда", "Таиланда", "Country")]
    [InlineData("Миссия призвала руководство Грузии отменить закон.", "руководство Грузии", "руководство Грузии", "Грузии", "Country")]
    [InlineData("Об этом сообщила пресс-служба президента Украины.", "пресс-служба президента Украины", "пресс-служба президента Украины", "Украины", "Country")]
    public void Takes_a_role_with_its_body_or_country(string sentence, string surface, string name, string inner, string innerLabel)
    {
        var entities = Extractors.EntitiesOf(sentence);
        var whole = entities.WithMention(surface);
        Assert.NotNull(whole);
        Assert.Equal(GraphLabels.Organization, whole.Label);
        Assert.Equal(name, whole.Name);
        Assert.Equal(innerLabel, entities.WithMention(inner)?.Label);
    }

    [Theory]
    [InlineData("Президент Чили выступил в Сантьяго. Правительство одобрило бюджет Чили.", "Правительство", "правительство Чили")]
    [InlineData("Полиция Перу задержала троих. Парламент Перу обещал суд. Позже парламент ввел режим для Перу.", "парламент", "парламент Перу")]
    public void A_bare_government_is_the_articles_countrys(string text, string surface, string keyName)
    {
        var entities = Extractors.EntitiesOf(text);
        var body = entities.WithMention(surface);
        Assert.NotNull(body);
        Assert.Equal(GraphLabels.Organization, body.Label);
        Assert.Equal(EntityKeys.For(GraphLabels.Organization, keyName), body.Key);
    }

    [Theory]
    [InlineData("Американское правительство предложило сделку. Правительство США ее отозвало.", "Американское правительство", "правительство США")]
    [InlineData("Тренер российской сборной доволен. Сборная России победила.", "российской сборной", "сборная России")]
    public void A_country_adjective_names_the_country_of_a_role(string text, string surface, string name)
    {
        var entities = Extractors.EntitiesOf(text);
        var body = entities.WithMention(surface);
        Assert.NotNull(body);
        Assert.Equal(name, body.Name);
        Assert.Equal(2, body.Mentions.Count);
    }

    [Theory]
    [InlineData("Концерн Nordhaus открыл завод. Шеф концерна доволен.", "концерна", "Nordhaus")]
    [InlineData("Ольга Серова ушла из Большого театра. Она благодарна руководству театра за годы работы.", "театра", "Большой театр")]
    [InlineData("Банк Эстонии снизил ставку. Решение банка удивило рынок.", "банка", "Банк Эстонии")]
    [InlineData("Грузия хочет вступить в НАТО. Страны альянса обсудят это в июне.", "альянса", "НАТО")]
    [InlineData("Телеканал «Вега» сменил владельца. Теперь телеканал вещает круглосуточно.", "телеканал", "Вега")]
    public void A_bare_head_refers_to_the_body_introduced_with_it(string text, string surface, string name)
    {
        var body = Extractors.EntitiesOf(text).WithMention(surface);
        Assert.NotNull(body);
        Assert.Equal(GraphLabels.Organization, body.Label);
        Assert.Equal(name, body.Name);
    }

    [Fact]
    public void A_bare_head_with_nothing_before_it_is_left_alone() =>
        Assert.DoesNotContain(Extractors.EntitiesOf("Компания объявила о сокращениях."), e => e.Label == GraphLabels.Organization);

    [Theory]
    [InlineData("Президент Чили выступил. Критика власти в Чили громкая.", "власти")]
    [InlineData("Президент Чили выступил. Работа органов власти в Чили улучшилась.", "власти")]
    [InlineData("Саммит в Чили собрал главы правительств многих стран.", "правительств")]
    public void Power_in_general_is_not_the_countrys_body(string text, string surface) =>
        Assert.DoesNotContain(Extractors.EntitiesOf(text), e => e.Label == GraphLabels.Organization && e.Mentions.Any(m => m.Text == surface));

    [Theory]
    [InlineData("Концерн Nordhaus открыл завод. Его обвинили в организации договорного матча.", "организации")]
    [InlineData("Издательство «Верба» выпустило роман. Первое издание книги разошлось за неделю.", "издание")]
    public void A_head_with_a_genitive_of_its_own_is_no_reference(string text, string surface) =>
        Assert.DoesNotContain(Extractors.EntitiesOf(text), e => e.Label == GraphLabels.Organization && e.Mentions.Any(m => m.Text == surface));

    [Theory]
    [InlineData("Власти Таиланда отменили комендантский час.")]
    [InlineData("Американские власти предложили сделку.")]
    [InlineData("Президент Чили выступил в Сантьяго. Позже власти ввели режим для Чили.")]
    public void The_authorities_are_no_organisation(string text) =>
        Assert.DoesNotContain(Extractors.EntitiesOf(text), e => e.Label == GraphLabels.Organization && e.Mentions.Any(m => m.Text.Contains("ласт", StringComparison.Ordinal)));

    [Theory]
    // a body of another body named in full: both are mentioned
    [InlineData("Штраф наложила антимонопольная комиссия Европейского союза.", "комиссия Европейского союза", "Европейского союза")]
    [InlineData("Жалобу рассмотрел комитет Всемирной торговой организации.", "комитет Всемирной торговой организации", "Всемирной торговой организации")]
    public void A_body_of_a_lexicon_body_names_both(string sentence, string whole, string inner)
    {
        var entities = Extractors.EntitiesOf(sentence);
        Assert.Equal(GraphLabels.Organization, entities.WithMention(whole)?.Label);
        Assert.Equal(GraphLabels.Organization, entities.WithMention(inner)?.Label);
    }

    [Theory]
    // a one-word name after its descriptor is the name itself, not a second body
    [InlineData("Об этом сообщило агентство Рейтер в пятницу.", "агентство Рейтер")]
    [InlineData("Глава японского МИДа Кэнта Ода выступил.", "японского МИДа")]
    public void A_descriptor_and_its_one_word_name_are_one_mention(string sentence, string whole) =>
        Assert.Null(Extractors.EntitiesOf(sentence).WithMention(whole.Split(' ')[1]));

    [Fact]
    public void A_position_before_a_role_is_held_at_the_body() =>
        Assert.DoesNotContain(Extractors.EntitiesOf("Председатель правления Сбербанка выступил."), e => e.Name.StartsWith("правлени", StringComparison.OrdinalIgnoreCase));

    [Theory]
    [InlineData("Японское правительство одобрило план.", "Японское правительство")]
    [InlineData("Московские власти открыли парк.", "Московские власти")]
    public void An_adjective_keeps_a_government_from_the_home_country(string sentence, string surface) =>
        Assert.DoesNotContain(Extractors.EntitiesOf(sentence), e => e.Mentions.Any(m => m.Text == surface.Split(' ')[1]));

    [Fact]
    public void Every_case_of_a_role_phrase_is_one_entity()
    {
        var entities = Extractors.EntitiesOf("Правительство Таиланда ввело запрет. Позже правительством Таиланда запрет был снят.");
        var thai = Assert.Single(entities, e => e.Label == GraphLabels.Organization);
        Assert.Equal(2, thai.Mentions.Count);
    }
}
