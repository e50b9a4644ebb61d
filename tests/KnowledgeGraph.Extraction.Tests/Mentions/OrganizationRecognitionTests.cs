using KnowledgeGraph.Extraction.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Tests.Mentions;

/// <summary>Rows: a sentence, an organisation mention's text and the canonical name in the nominative.</summary>
public class OrganizationRecognitionTests
{
    [Theory]
    [InlineData("Делегация посетила Министерство иностранных дел Японии.", "Министерство иностранных дел Японии", "Министерство иностранных дел Японии")]
    [InlineData("Об этом сообщили в Государственном департаменте США.", "Государственном департаменте США", "Государственный департамент США")]
    [InlineData("Переговоры прошли в Госдепартаменте.", "Госдепартаменте", "Государственный департамент США")]
    [InlineData("Сотрудники Белого дома не ответили.", "Белого дома", "Белый дом")]
    [InlineData("Представители ЮНЕСКО прибыли утром.", "ЮНЕСКО", "ЮНЕСКО")]
    [InlineData("Как сообщает агентство «Вектор-Пресс», сделка закрыта.", "агентство «Вектор-Пресс»", "Вектор-Пресс")]
    [InlineData("Компания «Горные системы» объявила о выкупе акций.", "Компания «Горные системы»", "Горные системы")]
    [InlineData("Доклад подготовили в Институте Восточной Азии и Океании.", "Институте Восточной Азии и Океании", "Институт Восточной Азии и Океании")]
    [InlineData("Сделку изучают в министерстве торговли.", "министерстве торговли", "министерство торговли")]
    [InlineData("Решение приняла Федеральная налоговая служба.", "Федеральная налоговая служба", "ФНС")]
    [InlineData("Заявление распространило ОКДП накануне.", "ОКДП", "ОКДП")]
    [InlineData("Прием организовало Посольство Казахстана в Италии.", "Посольство Казахстана в Италии", "Посольство Казахстана в Италии")]
    [InlineData("Контракт получила фирма Nordwind Systems из Осло.", "Nordwind Systems", "Nordwind Systems")]
    [InlineData("Глава МИДа выступил с речью.", "МИДа", "МИД")]
    [InlineData("Ноту вручили в японском МИДе.", "японском МИДе", "японский МИД")]
    [InlineData("Свою позицию изложила Народная партия.", "Народная партия", "Народная партия")]
    [InlineData("Заявление сделало японское правительство.", "японское правительство", "правительство Японии")]
    [InlineData("Глава правительства Ирака Салим Бакри выступил.", "правительства Ирака", "правительство Ирака")]
    [InlineData("Гол забил нападающий сборной Бразилии.", "сборной Бразилии", "сборная Бразилии")]
    [InlineData("Вопрос рассмотрел Совет при Президенте по науке.", "Совет при Президенте по науке", "Совет при Президенте по науке")]
    [InlineData("Деньги вложил фонд Northwind Capital в прошлом году.", "фонд Northwind Capital", "Northwind Capital")]
    [InlineData("В съезд вошли делегаты Союза сельских кооперативов.", "Союза сельских кооперативов", "Союз сельских кооперативов")]
    // the worldwide network written as a name, in any case
    [InlineData("Запись быстро разошлась в Интернете.", "Интернете", "Интернет")]
    [InlineData("Доступ к Интернету в селе появился весной.", "Интернету", "Интернет")]
    // a capitalised word between a player's noun and the player's name is the club
    [InlineData("Защитник Арсенала Пётр Сидоров пропустит матч.", "Арсенала", "Арсенал")]
    [InlineData("Гол забил полузащитник Вихря Олег Марков.", "Вихря", "Вихрь")]
    // an unquoted club name after the head, before the name of its player
    [InlineData("Капитан клуба Тоттенхэм Хотспур Олег Марков забил дважды.", "клуба Тоттенхэм Хотспур", "клуб Тоттенхэм Хотспур")]
    [InlineData("Полузащитник футбольного клуба Челси Иван Пронин получил травму.", "клуба Челси", "клуб Челси")]
    // the Church, the Synod, the Patriarchate: major institutions, in any case
    [InlineData("Он возглавил отдел по взаимоотношениям Церкви и общества.", "Церкви", "Церковь")]
    [InlineData("Здание Синода отреставрируют к осени.", "Синода", "Святейший синод")]
    [InlineData("Город выбрала русская Патриархия для своего подворья.", "Патриархия", "Русская православная церковь")]
    [InlineData("Собор освятила Армянская апостольская церковь в мае.", "Армянская апостольская церковь", "Армянская апостольская церковь")]
    public void Recognises_organisations(string sentence, string surface, string name)
    {
        var org = Extractors.Expect(sentence, surface, GraphLabels.Organization);
        Assert.Equal(name, org.Name);
    }

    [Theory]
    [InlineData("На встрече с аналитиками центров обсудили планы.", "центров")]         // a plural head is a kind, not a body
    [InlineData("Экипаж вернулся на корабле «Восход» вчера.", "Восход")]              // a named thing, not a body
    [InlineData("Систему перевели на Windows прошлым летом.", "Windows")]
    [InlineData("Он открыл интернет-магазин прошлым летом.", "интернет")]
    [InlineData("Тренер Соколов Иван Петрович доволен игрой.", "Соколов")]           // a surname after a coach, not a club
    public void Leaves_non_organisations(string sentence, string surface) =>
        Assert.DoesNotContain(Extractors.EntitiesOf(sentence), e => e.Label == GraphLabels.Organization && e.Mentions.Any(m => m.Text.Contains(surface, StringComparison.Ordinal)));

    [Fact]
    public void A_lexicon_name_holds_no_second_body_inside() =>
        Assert.Single(Extractors.EntitiesOf("Русская Православная Церковь открыла приход."), e => e.Label == GraphLabels.Organization);
}
