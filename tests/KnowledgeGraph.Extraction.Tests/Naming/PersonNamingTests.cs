using KnowledgeGraph.Extraction.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Tests.Naming;

/// <summary>
/// Nominatives of persons read with the morphology dictionary: the given name and the surname
/// agree in case and gender, the given name decides the gender, unknown foreign surnames are
/// read by their endings. Rows: a sentence about invented people, a mention, the person's name.
/// </summary>
public class PersonNamingTests
{
    [Theory]
    // a woman's given name with an indeclinable surname: the given name decides the gender
    [InlineData("Переговоры с Юлией Коваленко прошли в Киеве.", "Юлией Коваленко", "Юлия Коваленко")]
    [InlineData("Письмо Ульяны Тимченко получено вчера.", "Ульяны Тимченко", "Ульяна Тимченко")]
    // oblique given name and surname the dictionary knows as names
    [InlineData("Визит Исаака Бергмана завершился в пятницу.", "Исаака Бергмана", "Исаак Бергман")]
    [InlineData("Речь Джорджа Хэмблтона длилась час.", "Джорджа Хэмблтона", "Джордж Хэмблтон")]
    // foreign surnames the dictionary lacks, read by their endings, in several cases
    [InlineData("Награду вручили Кевину Остербергу на церемонии.", "Кевину Остербергу", "Кевин Остерберг")]
    [InlineData("Соперником Кевина Остерберга был швед.", "Кевина Остерберга", "Кевин Остерберг")]
    [InlineData("Вместе с Кевином Остербергом приехал тренер.", "Кевином Остербергом", "Кевин Остерберг")]
    [InlineData("Интервью Петера Хольмквиста вышло утром.", "Петера Хольмквиста", "Петер Хольмквист")]
    // feminine surnames declined as adjectives and in -ова
    [InlineData("Выставку открыли вместе с Мартой Зелинской.", "Мартой Зелинской", "Марта Зелинская")]
    [InlineData("Доклад Анны Мухтаровой одобрили.", "Анны Мухтаровой", "Анна Мухтарова")]
    [InlineData("Ответ Ольги Ивановой был коротким.", "Ольги Ивановой", "Ольга Иванова")]
    // masculine surnames
    [InlineData("Позицию Игоря Сабурова поддержали.", "Игоря Сабурова", "Игорь Сабуров")]
    [InlineData("Письмо направили Павлу Вишневскому.", "Павлу Вишневскому", "Павел Вишневский")]
    // a given name in an oblique case puts a surname the dictionary cannot read into the same case
    [InlineData("Встреча Дмитрия Хвата прошла вчера.", "Дмитрия Хвата", "Дмитрий Хват")]
    [InlineData("Письмо направили Дмитрию Хвату в пятницу.", "Дмитрию Хвату", "Дмитрий Хват")]
    [InlineData("Дело Халеда Фарука рассмотрят в мае.", "Халеда Фарука", "Халед Фарук")]
    // a given name the dictionary does not know takes the case a man's surname after it shows
    [InlineData("Аким поручил городскому акиму Ардаку Жуматаеву подготовить план.", "Ардаку Жуматаеву", "Ардак Жуматаев")]
    [InlineData("Он победил боксера Шохруха Кадырбердиева по очкам.", "Шохруха Кадырбердиева", "Шохрух Кадырбердиев")]
    [InlineData("Письмо получил Ардак Жуматаев в пятницу.", "Ардак Жуматаев", "Ардак Жуматаев")]
    // a woman's nominative that reads as a man's genitive too stays as written where nothing governs a genitive
    [InlineData("Делегацию возглавила Дилноза Абдурахимова на этой неделе.", "Дилноза Абдурахимова", "Дилноза Абдурахимова")]
    [InlineData("Министр культуры Узбекистана Дилноза Абдурахимова открыла выставку.", "Дилноза Абдурахимова", "Дилноза Абдурахимова")]
    public void Names_persons_in_the_nominative(string sentence, string surface, string name)
    {
        var person = Extractors.Expect(sentence, surface, GraphLabels.Person);
        Assert.Equal(name, person.Name);
    }

    [Theory]
    [InlineData("Переговоры с Юлией Коваленко прошли в Киеве.", "Юлией Коваленко", "person:kovalenko-yu")]
    [InlineData("Ответ Ольги Ивановой был коротким.", "Ольги Ивановой", "person:ivanova-o")]
    public void Keys_on_the_nominative_of_the_right_gender(string sentence, string surface, string key) =>
        Assert.Equal(key, Extractors.Expect(sentence, surface, GraphLabels.Person).Key);

    [Fact]
    public void A_surname_alone_later_joins_the_person_in_the_nominative()
    {
        var entities = Extractors.EntitiesOf("Вчера прибыла делегация во главе с Мартой Зелинской. Зелинская провела встречу с журналистами.");
        var person = Assert.Single(entities, e => e.Label == GraphLabels.Person);
        Assert.Equal("Марта Зелинская", person.Name);
        Assert.Equal(2, person.Mentions.Count);
    }

    [Fact]
    public void A_city_shaped_surname_after_a_given_name_is_a_person()
    {
        var entities = Extractors.EntitiesOf("Ответ Ольги Ивановой был коротким.");
        Assert.DoesNotContain(entities, e => e.Label != GraphLabels.Person && e.Mentions.Any(m => m.Text.Contains("Ивановой", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("Губернатор Тверской области Олег Рябцев открыл завод.", "Тверской")]
    [InlineData("Жители Приморского края встретили Олега Рябцева.", "Приморского")]
    public void A_region_adjective_before_its_noun_is_not_a_surname(string sentence, string word)
    {
        var entities = Extractors.EntitiesOf(sentence);
        Assert.DoesNotContain(entities, e => e.Label == GraphLabels.Person && e.Mentions.Any(m => m.Text.Contains(word, StringComparison.Ordinal)));
    }

    [Fact]
    public void A_patronymic_agrees_with_the_given_name()
    {
        var person = Extractors.Expect("Слово предоставили Александре Игоревне.", "Александре Игоревне", GraphLabels.Person);
        Assert.Equal("Александра Игоревна", person.Name);
    }
}
