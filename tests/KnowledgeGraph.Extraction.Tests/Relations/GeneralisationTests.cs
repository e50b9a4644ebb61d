using KnowledgeGraph.Extraction.Tests.Support;

namespace KnowledgeGraph.Extraction.Tests.Relations;

/// <summary>Constructions seen in new articles, each written with other invented people and real states.</summary>
public class GeneralisationTests
{
    [Theory]
    // the source attribution after a comma is never a meeting partner
    [InlineData("[Person:Анна Ветрова] провела переговоры с [Person:Олегом Зиминым|Олег Зимин], сообщает [Organization:пресс-служба правительства].",
        "MET_WITH Анна Ветрова -> Олег Зимин")]
    [InlineData("[Person:Борис Каменев] встретился с [Person:Жаном Мореном|Жан Морен], передает [Organization:ТАСС].",
        "MET_WITH Борис Каменев -> Жан Морен")]
    [InlineData("[Person:Борис Каменев] встретился с [Person:Жаном Мореном|Жан Морен], пишут [Organization:Известия].",
        "MET_WITH Борис Каменев -> Жан Морен")]
    [InlineData("[Person:Мария Орлова] встретилась с [Person:Тимо Лахти], сообщили в [Organization:пресс-службе посольства|пресс-служба посольства].",
        "MET_WITH Мария Орлова -> Тимо Лахти")]
    public void Attribution_is_not_a_partner(string marked, params string[] expected)
        => Assert.Equal(expected.Order(StringComparer.Ordinal).ToArray(), MarkedText.Relations(marked));

    [Theory]
    // praise of reforms or efforts carried out by X is praise of X
    [InlineData("[Person:Анна Ветрова] высоко оценила реформы, проводимые Президентом [Country:Армении|Армения] [Person:Ваганом Саркисяном|Ваган Саркисян].",
        "HOLDS_POSITION Ваган Саркисян -> Армения", "PRAISED Анна Ветрова -> Ваган Саркисян")]
    [InlineData("[Person:Борис Каменев] приветствовал усилия, предпринимаемые [Organization:ЮНИСЕФ].",
        "PRAISED Борис Каменев -> ЮНИСЕФ")]
    // a plural subject («министры», «стороны», «лидеры») signing stands for the parties of the last meeting
    [InlineData("[Person:Анна Ветрова] провела переговоры с [Person:Олегом Зиминым|Олег Зимин]. По итогам встречи министры подписали меморандум о сотрудничестве.",
        "AGREED_WITH Анна Ветрова -> Олег Зимин", "MET_WITH Анна Ветрова -> Олег Зимин")]
    [InlineData("[Person:Мария Орлова] встретилась с [Person:Тимо Лахти]. Затем лидеры подписали соглашение о торговле.",
        "AGREED_WITH Мария Орлова -> Тимо Лахти", "MET_WITH Мария Орлова -> Тимо Лахти")]
    // with no meeting before there is nobody to agree with
    [InlineData("Министры подписали соглашение о торговле.")]
    public void Praise_and_agreement_after_a_meeting(string marked, params string[] expected)
        => Assert.Equal(expected.Order(StringComparer.Ordinal).ToArray(), MarkedText.Relations(marked));

    [Theory]
    // a lexicon body followed by a country in the genitive is that country's body, one per country
    [InlineData("Министр иностранных дел Чили встретился с послом Перу. Об этом сообщили в МИД Чили и в МИД Перу.", "МИД Чили", "МИД Перу")]
    [InlineData("Представители Минобороны Армении и Минобороны Грузии провели консультации.", "Минобороны Армении", "Минобороны Грузии")]
    // «и» before a known body does not join two bodies into one name
    [InlineData("Министерство обороны Грузии и Минобороны Армении подготовят план.", "Министерство обороны Грузии", "Минобороны Армении", "Минобороны Грузии")]
    public void A_body_with_a_country_keeps_the_country(string sentence, string first, string second, string? firstName = null)
    {
        var entities = Extractors.EntitiesOf(sentence);
        var a = entities.WithMention(first);
        var b = entities.WithMention(second);
        Assert.NotNull(a);
        Assert.NotNull(b);
        Assert.Equal(firstName ?? first, a.Name);
        Assert.Equal(second, b.Name);
        Assert.NotEqual(a.Key, b.Key);
    }

    [Theory]
    // the title points to the ministry of its own country, else to the country
    [InlineData("Министр иностранных дел Чили Хуан Перес провел переговоры с министром иностранных дел Перу Луисом Гомесом, сообщает пресс-служба МИД Чили.",
        "HOLDS_POSITION Хуан Перес -> МИД Чили", "HOLDS_POSITION Луис Гомес -> Перу")]
    public void A_title_points_to_its_own_ministry(string sentence, params string[] expected)
    {
        var found = Graph(sentence).Where(r => r.StartsWith("HOLDS_POSITION", StringComparison.Ordinal)).ToArray();
        Assert.Equal(expected.Order(StringComparer.Ordinal).ToArray(), found);
    }

    [Theory]
    // a participle opens a clause of its own and never starts a title; participles of titles stay
    [InlineData("Он поддержал инициативы, выдвигаемые Премьер-министром Грузии Ираклием Беридзе.", "Ираклием Беридзе", "Премьер-министр Грузии")]
    [InlineData("Делегацию, возглавляемую министром финансов Чили Хуаном Пересом, встретили в аэропорту.", "Хуаном Пересом", "министр финансов Чили")]
    [InlineData("Он изучил документ, подписанный президентом Перу Луисом Гомесом.", "Луисом Гомесом", "президент Перу")]
    [InlineData("Выступил действующий президент Перу Луис Гомес.", "Луис Гомес", "действующий президент Перу")]
    [InlineData("Выступил бывший министр обороны Чили Хуан Перес.", "Хуан Перес", "бывший министр обороны Чили")]
    public void A_participle_does_not_start_a_position(string sentence, string person, string position)
    {
        var e = Extractors.Expect(sentence, person, "Person");
        Assert.Equal(position, e.Properties["position"]);
    }

    [Theory]
    // the name keeps the letters the article wrote; only keys fold «ё»
    [InlineData("Министр финансов Чили Пётр Семёнов прибыл в Лиму.", "Пётр Семёнов", "Пётр Семёнов", "person:semenov-p")]
    [InlineData("Он встретился с президентом Перу Артёмом Королёвым.", "Артёмом Королёвым", "Артём Королёв", "person:korolev-a")]
    public void A_name_keeps_yo(string sentence, string surface, string name, string key)
    {
        var e = Extractors.Expect(sentence, surface, "Person");
        Assert.Equal(name, e.Name);
        Assert.Equal(key, e.Key);
        Assert.DoesNotContain(e.Aliases, a => a.Contains("Королев", StringComparison.Ordinal) || a.Contains("Семенов", StringComparison.Ordinal));
    }

    [Theory]
    // an unknown given name and a surname agreeing with a title in the instrumental are one person, named in the nominative
    [InlineData("Он провел переговоры с министром финансов Турции Джемом Озалпом, сообщает агентство.", "Джемом Озалпом", "Джем Озалп")]
    [InlineData("Делегация встретилась с президентом Чили Тарканом Эрдемом.", "Тарканом Эрдемом", "Таркан Эрдем")]
    public void An_unknown_name_after_a_title_in_the_instrumental(string sentence, string surface, string name)
        => Assert.Equal(name, Extractors.Expect(sentence, surface, "Person").Name);

    /// <summary>The relationships of a text run through the whole extractor, as «TYPE start name -> end name», sorted.</summary>
    private static string[] Graph(string sentence)
    {
        var doc = Extractors.Default.Extract(Extractors.Article("Заголовок\n\n" + sentence));
        var names = doc.Entities.ToDictionary(e => e.Key, e => e.Name);
        return doc.Relationships.Where(r => names.ContainsKey(r.Start) && names.ContainsKey(r.End))
            .Select(r => $"{r.Type} {names[r.Start]} -> {names[r.End]}").Order(StringComparer.Ordinal).ToArray();
    }
}
