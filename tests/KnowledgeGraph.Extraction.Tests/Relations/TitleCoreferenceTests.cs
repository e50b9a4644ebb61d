namespace KnowledgeGraph.Extraction.Tests.Relations;

/// <summary>
/// A title in a sentence that names nobody refers to the person named just before it: every case of the title,
/// a body named or given by a country adjective, two titles of one sentence for two people, and the titles
/// that refer to no one (plural, bare, words that only look like titles). Invented people.
/// </summary>
public class TitleCoreferenceTests
{
    [Theory]
    // the title in each case, the person in the sentence before
    [InlineData("[Person:Ян Новак] прибыл в Ригу. Премьер-министр [Country:Польши|Польша] заявил о поддержке.", "HOLDS_POSITION Ян Новак -> Польша")]
    [InlineData("[Person:Ян Новак] прибыл в Ригу. Визит премьер-министра [Country:Польши|Польша] продлится два дня.", "HOLDS_POSITION Ян Новак -> Польша")]
    [InlineData("[Person:Ян Новак] прибыл в Ригу. Премьер-министру [Country:Польши|Польша] вручили награду.", "HOLDS_POSITION Ян Новак -> Польша")]
    [InlineData("[Person:Ян Новак] прибыл в Ригу. Журналисты встретили премьер-министра [Country:Польши|Польша] в аэропорту.", "HOLDS_POSITION Ян Новак -> Польша")]
    [InlineData("[Person:Ян Новак] прибыл в Ригу. С премьер-министром [Country:Польши|Польша] говорили о торговле.", "HOLDS_POSITION Ян Новак -> Польша")]
    [InlineData("[Person:Ян Новак] прибыл в Ригу. О премьер-министре [Country:Польши|Польша] писали газеты.", "HOLDS_POSITION Ян Новак -> Польша")]
    // an organisation as the body, the person two sentences back
    [InlineData("[Person:Ева Ковальска] выступила в понедельник. Ее слушали внимательно. Глава [Organization:Росстата|Росстат] назвала цифры.", "HOLDS_POSITION Ева Ковальска -> Росстат")]
    // a country adjective gives the body
    [InlineData("[Person:Ян Новак] прибыл в [Country:Польшу|Польша]. Глава польского правительства выступил в сейме.", "HOLDS_POSITION Ян Новак -> Польша", "VISITED Ян Новак -> Польша")]
    [InlineData("[Person:Ян Новак] прибыл в [Country:Польшу|Польша]. Визит польского президента продлится два дня.", "HOLDS_POSITION Ян Новак -> Польша", "VISITED Ян Новак -> Польша")]
    // two titles of one sentence are two people, the nearest name first
    [InlineData("[Person:Ян Новак] принял [Person:Жана Моро|Жан Моро]. Президент [Country:Франции|Франция] обсудил с главой [Country:Польши|Польша] торговлю.",
        "HOLDS_POSITION Жан Моро -> Франция", "HOLDS_POSITION Ян Новак -> Польша")]
    // a person holding a post in another country is skipped
    [InlineData("Посол [Country:Чили] [Person:Хуан Перес] встретил [Person:Яна Новака|Ян Новак]. Премьер-министр [Country:Польши|Польша] заявил о поддержке.",
        "HOLDS_POSITION Хуан Перес -> Чили", "HOLDS_POSITION Ян Новак -> Польша")]
    // a pronoun the title is said of is no reported source
    [InlineData("[Person:Ян Новак] вернулся в Гданьск. Там его знали как председателя [Organization:Сейма|Сейм].", "HOLDS_POSITION Ян Новак -> Сейм")]
    public void A_title_naming_nobody_goes_to_the_person_named_before(string marked, params string[] expected)
        => Assert.Equal(expected.Order(StringComparer.Ordinal).ToArray(), MarkedText.Relations(marked));

    [Theory]
    // a plural title, a bare title, no body in the title's own words
    [InlineData("[Person:Ян Новак] прибыл в Ригу. Министры [Country:Польши|Польша] заявили о поддержке.")]
    [InlineData("[Person:Ян Новак] прибыл в Ригу. Встреча министров [Country:Польши|Польша] прошла в среду.")]
    [InlineData("[Person:Ян Новак] прибыл в Ригу. Премьер-министр заявил о поддержке.")]
    // a body after another preposition is no body of the title
    [InlineData("[Person:Ян Новак] прибыл в Ригу. Обращение президента к [Organization:Сейму|Сейм] перенесли.")]
    // words that only look like titles
    [InlineData("[Person:Ян Новак] прибыл в Ригу. После [Country:Польши|Польша] он посетит Литву.")]
    [InlineData("[Person:Ян Новак] прибыл в Ригу. Президентский дворец [Country:Польши|Польша] закрыт.")]
    // nobody named before within two sentences
    [InlineData("[Person:Ян Новак] прибыл в Ригу. Было тепло. Шел дождь. Премьер-министр [Country:Польши|Польша] заявил о поддержке.")]
    // a title coordinated with another is not one person's
    [InlineData("[Person:Ян Новак] прибыл в Ригу. Президент и премьер-министр [Country:Польши|Польша] заявили о поддержке.")]
    // a name the entity stages missed follows the title
    [InlineData("[Person:Ян Новак] прибыл в Ригу. Об этом сообщила представитель [Organization:МИД Польши] Ким Со Ён.")]
    // a person with a post in an organisation is not the state's title of the next sentence
    [InlineData("Глава [Organization:Росстата|Росстат] [Person:Ева Ковальска] выступила в среду. Ее спросили о встрече с премьер-министром [Country:Польши|Польша].",
        "HOLDS_POSITION Ева Ковальска -> Росстат")]
    // the person named before is the source of the words reported ahead of the title, not its holder
    [InlineData("[Person:Ян Новак] выступил в суде. По его словам, председатель [Organization:Сейма|Сейм] угрожал ему.")]
    [InlineData("[Person:Ева Ковальска] дала интервью. По ее мнению, глава [Organization:Росстата|Росстат] ошибается.")]
    public void Some_titles_refer_to_no_one(string marked, params string[] expected)
        => Assert.Equal(expected.Order(StringComparer.Ordinal).ToArray(), MarkedText.Relations(marked));
}
