namespace KnowledgeGraph.Extraction.Tests.Relations;

/// <summary>
/// Positions and membership read inside one sentence: the title before the name and after it (comma, dash,
/// bracket), chains and coordination, the copula. Invented people, real states and institutions.
/// </summary>
public class TitlePatternTests
{
    [Theory]
    // before the name, every head of the lexicon's kind
    [InlineData("Глава [Organization:Росстата|Росстат] [Person:Ирина Белкина] выступила в среду.", "HOLDS_POSITION Ирина Белкина -> Росстат")]
    [InlineData("Руководитель [Organization:Музея связи|Музей связи] [Person:Ирина Белкина] выступила в среду.", "HOLDS_POSITION Ирина Белкина -> Музей связи")]
    [InlineData("Председатель [Organization:Сената|Сенат] [Person:Том Райт] выступил в среду.", "HOLDS_POSITION Том Райт -> Сенат")]
    [InlineData("Директор [Organization:ЦРУ] [Person:Том Райт] выступил в среду.", "HOLDS_POSITION Том Райт -> ЦРУ")]
    [InlineData("Основатель [Organization:Вектора|Вектор] [Person:Павел Рогов] выступил в среду.", "HOLDS_POSITION Павел Рогов -> Вектор")]
    [InlineData("Лидер [Organization:Зеленой партии|Зеленая партия] [Person:Павел Рогов] выступил в среду.", "HOLDS_POSITION Павел Рогов -> Зеленая партия")]
    [InlineData("Депутат [Organization:Сейма|Сейм] [Person:Ян Новак] выступил в среду.", "MEMBER_OF Ян Новак -> Сейм")]
    [InlineData("Член [Organization:Сейма|Сейм] [Person:Ян Новак] выступил в среду.", "MEMBER_OF Ян Новак -> Сейм")]
    [InlineData("Сотрудник [Organization:ЮНЕСКО] [Person:Ян Новак] выступил в среду.", "AFFILIATED_WITH Ян Новак -> ЮНЕСКО")]
    [InlineData("Представитель [Organization:ЮНЕСКО] [Person:Ян Новак] выступил в среду.", "REPRESENTS Ян Новак -> ЮНЕСКО")]
    [InlineData("Посол [Country:Чили] в [Country:Перу] [Person:Хуан Перес] выступил в среду.", "HOLDS_POSITION Хуан Перес -> Чили")]
    // after the name: comma, dash, bracket; «один из», a second noun before the title, an apposition in between
    [InlineData("Выступил [Person:Ян Новак], депутат [Organization:Сейма|Сейм].", "MEMBER_OF Ян Новак -> Сейм")]
    [InlineData("Выступил [Person:Ян Новак] - председатель [Organization:Сейма|Сейм].", "HOLDS_POSITION Ян Новак -> Сейм")]
    [InlineData("Выступил [Person:Ян Новак] (председатель [Organization:Сейма|Сейм]).", "HOLDS_POSITION Ян Новак -> Сейм")]
    [InlineData("Выступил [Person:Ян Новак], один из основателей [Organization:Вектора|Вектор].", "HOLDS_POSITION Ян Новак -> Вектор")]
    [InlineData("Выступил [Person:Ян Новак] - политик и лидер партии [Organization:Зеленый путь].", "HOLDS_POSITION Ян Новак -> Зеленый путь")]
    [InlineData("Слово дали [Person:Яну Новаку|Ян Новак], известному историку, члену [Organization:Сейма|Сейм].", "MEMBER_OF Ян Новак -> Сейм")]
    // chains of titles: each title keeps the body before the next one
    [InlineData("Глава представительства [Organization:ЮНЕСКО] в регионе помощник генерального директора [Organization:ВОЗ] [Person:Том Райт] выступил в среду.",
        "HOLDS_POSITION Том Райт -> ВОЗ", "HOLDS_POSITION Том Райт -> ЮНЕСКО")]
    [InlineData("Задержан депутат [Organization:Сейма|Сейм], сопредседатель движения [Organization:Солидарность] [Person:Ян Новак].",
        "HOLDS_POSITION Ян Новак -> Солидарность", "MEMBER_OF Ян Новак -> Сейм")]
    // a first title with no body of its own does not take the second one's
    [InlineData("Город представит министр по делам разведки, глава комиссии [Organization:Атомэнерго] [Person:Дан Мерон].",
        "HOLDS_POSITION Дан Мерон -> Атомэнерго")]
    // a bare descriptor after the title names the organisation introduced with it earlier
    [InlineData("Пришли сторонники [Organization:партии «Рассвет»|Рассвет]. Позже появился глава партии [Person:Ян Новак].",
        "HOLDS_POSITION Ян Новак -> Рассвет")]
    [InlineData("Об этом заявил шеф концерна [Person:Ян Новак].")]
    // but an oblique title followed by a nominative one gives the name to the second only
    [InlineData("В беседе с советником [Organization:ЮНЕСКО] председатель [Organization:Сейма|Сейм] [Person:Ян Новак] сказал это.", "HOLDS_POSITION Ян Новак -> Сейм")]
    // coordination: several people share one title
    [InlineData("Выступили депутаты [Organization:Сейма|Сейм] [Person:Ян Новак] и [Person:Ева Ковальска].",
        "MEMBER_OF Ева Ковальска -> Сейм", "MEMBER_OF Ян Новак -> Сейм")]
    // a deputy of a country holds a seat there: a position, not a membership of the state
    [InlineData("Выступил народный депутат [Country:Украины|Украина] [Person:Тарас Гречко].", "HOLDS_POSITION Тарас Гречко -> Украина")]
    // the copula: the subject takes the title in the instrumental
    [InlineData("[Person:Ян Новак] был председателем [Organization:Сейма|Сейм].", "HOLDS_POSITION Ян Новак -> Сейм")]
    [InlineData("[Person:Ян Новак] является членом [Organization:Сейма|Сейм].", "MEMBER_OF Ян Новак -> Сейм")]
    // ... but a nominative title after the copula belongs to the name after it
    [InlineData("При избрании [Person:Яна Новака|Ян Новак] министром станет глава партии [Organization:Зеленый путь] [Person:Ева Ковальска].",
        "HOLDS_POSITION Ева Ковальска -> Зеленый путь")]
    // the deputies someone met are not the subject after them: no MEMBER_OF for the one who met them
    [InlineData("На встрече с депутатами [Organization:Сейма|Сейм] [Person:Ян Новак] заявил о поддержке.")]
    [InlineData("После встречи с членом [Organization:Сейма|Сейм] премьер [Person:Ян Новак] заявил о поддержке.")]
    [InlineData("На встречах с членами [Organization:Сейма|Сейм] [Person:Я.Новаком|Я.Новак] и [Person:Е.Ковальской|Е.Ковальска] обсуждалась торговля.",
        "MEMBER_OF Е.Ковальска -> Сейм", "MEMBER_OF Я.Новак -> Сейм")]
    [InlineData("С основателем [Organization:Вектора|Вектор] [Person:Яном Новаком|Ян Новак] встретились инвесторы.", "HOLDS_POSITION Ян Новак -> Вектор")]
    // an abstract noun and an idiom are no titles
    [InlineData("Заседание прошло под председательством министра финансов [Country:Перу] [Person:Луиса Гомеса|Луис Гомес].", "HOLDS_POSITION Луис Гомес -> Перу")]
    [InlineData("Делегация [Country:Перу] во главе с министром финансов [Person:Луисом Гомесом|Луис Гомес] прибыла в среду.")]
    // acting and official titles
    [InlineData("[Person:Марк Тейлор], исполняющий обязанности официального представителя [Organization:Госдепартамента США|Госдепартамент США], выступил сегодня.",
        "HOLDS_POSITION Марк Тейлор -> Госдепартамент США")]
    // no title: a noun in the genitive plural before a state title is no adjective of it
    [InlineData("Он ушел в знак протеста против действий президента [Person:Павла Рогова|Павел Рогов].")]
    public void Title_gives_exactly_these_relationships(string marked, params string[] expected)
        => Assert.Equal(expected.Order(StringComparer.Ordinal).ToArray(), MarkedText.Relations(marked));
}
