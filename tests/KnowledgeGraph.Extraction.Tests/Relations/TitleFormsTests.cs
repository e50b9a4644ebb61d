using KnowledgeGraph.Extraction.Relations;

namespace KnowledgeGraph.Extraction.Tests.Relations;

/// <summary>Titles to the nominative: every case of the head word, and the whole phrase as the relationship's title.</summary>
public class TitleFormsTests
{
    private static readonly TriggerIndex Titles = RelationLexicons.Default.Positions;

    [Theory]
    [InlineData("президент", "президент")]
    [InlineData("президента", "президент")]
    [InlineData("президенту", "президент")]
    [InlineData("президентом", "президент")]
    [InlineData("президенте", "президент")]
    [InlineData("президенты", "президент")]
    [InlineData("президентов", "президент")]
    [InlineData("президентами", "президент")]
    [InlineData("руководителем", "руководитель")]
    [InlineData("председателя", "председатель")]
    [InlineData("председателю", "председатель")]
    [InlineData("заместителей", "заместитель")]
    [InlineData("секретарем", "секретарь")]
    [InlineData("главы", "глава")]
    [InlineData("главе", "глава")]
    [InlineData("главу", "глава")]
    [InlineData("главой", "глава")]
    [InlineData("посол", "посол")]
    [InlineData("посла", "посол")]
    [InlineData("послу", "посол")]
    [InlineData("послом", "посол")]
    [InlineData("послы", "посол")]
    [InlineData("членами", "член")]
    [InlineData("членов", "член")]
    [InlineData("депутатом", "депутат")]
    [InlineData("министре", "министр")]
    [InlineData("премьер-министром", "премьер-министр")]
    [InlineData("мэра", "мэр")]
    [InlineData("лидеров", "лидер")]
    [InlineData("губернатору", "губернатор")]
    [InlineData("командующим", "командующий")]
    [InlineData("уполномоченного", "уполномоченный")]
    [InlineData("основателем", "основатель")]
    [InlineData("директоров", "директор")]
    public void Head_word_goes_to_the_nominative_singular(string word, string nominative)
        => Assert.Equal(nominative, TitleForms.Noun(word, Titles).Nominative);

    [Theory]
    [InlineData("новый", "президент", true)]
    [InlineData("нового", "президента", true)]
    [InlineData("новому", "президенту", true)]
    [InlineData("новым", "президентом", true)]
    [InlineData("действий", "президента", false)] // a noun in the genitive plural, not an adjective
    [InlineData("новых", "президента", false)]
    public void Adjective_agrees_with_the_title_in_case(string adjective, string title, bool agrees)
        => Assert.Equal(agrees, TitleForms.Agrees(adjective, title, Titles));

    [Theory]
    // every case of the title before the name, stored in the nominative; complements stay as written
    [InlineData("Указ подписал Президент [Country:Чили] [Person:Хуан Перес].", "Хуан Перес", "Президент Чили")]
    [InlineData("Письмо направлено Президенту [Country:Чили] [Person:Хуану Пересу|Хуан Перес].", "Хуан Перес", "Президент Чили")]
    [InlineData("Решение Президента [Country:Чили] [Person:Хуана Переса|Хуан Перес] одобрено.", "Хуан Перес", "Президент Чили")]
    [InlineData("[Person:Анна Ветрова] встретилась с Министром иностранных дел [Country:Чили] [Person:Хуаном Пересом|Хуан Перес].", "Хуан Перес", "Министр иностранных дел Чили")]
    [InlineData("Речь шла о работе первого заместителя министра обороны [Country:Перу] [Person:Луиса Гомеса|Луис Гомес].", "Луис Гомес", "первый заместитель министра обороны Перу")]
    [InlineData("Делегацию возглавил Генеральный секретарь [Organization:Союза рыбаков|Союз рыбаков] [Person:Иван Петров].", "Иван Петров", "Генеральный секретарь Союза рыбаков")]
    [InlineData("Письмо вручено послу [Country:Чили] в [Country:Перу] [Person:Хуану Пересу|Хуан Перес].", "Хуан Перес", "посол Чили в Перу")]
    [InlineData("[Person:Вера Лунина] назначена послом [Country:Армении|Армения] в [Country:Чили].", "Вера Лунина", "посол Армении в Чили")]
    [InlineData("[Person:Вера Лунина] была руководителем [Organization:Музея связи|Музей связи].", "Вера Лунина", "руководитель Музея связи")]
    // after the name: the apposition's own case («с Иваном Петровым, главой …») is brought to the nominative too
    [InlineData("[Person:Анна Ветрова] встретилась с [Person:Иваном Петровым|Иван Петров], главой [Organization:Музея связи|Музей связи].", "Иван Петров", "глава Музея связи")]
    [InlineData("Об этом сообщил [Person:Игорь Седов], генеральный директор компании [Organization:Сибнефтехим].", "Игорь Седов", "генеральный директор компании Сибнефтехим")]
    [InlineData("Выступил управляющий директор [Organization:Вектора|Вектор] [Person:Ян Новак].", "Ян Новак", "управляющий директор Вектора")]
    public void Title_is_stored_as_a_nominative_phrase(string marked, string person, string title)
    {
        var doc = MarkedText.Parse(marked);
        var rels = new DefaultRelationStage().Extract(doc).ToList();
        var key = doc.Entities.Single(e => e.Name == person).Key;
        var r = Assert.Single(rels, r => r.Type == "HOLDS_POSITION" && r.Start == key);
        Assert.Equal(title, r.Properties["title"]);
    }
}
