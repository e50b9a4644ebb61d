using KnowledgeGraph.Extraction.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Tests.Mentions;

/// <summary>Rows: a sentence about invented people, a mention's text, the person's canonical name and key.</summary>
public class PersonRecognitionTests
{
    [Theory]
    [InlineData("Вчера Ержан Тулегенов посетил завод.", "Ержан Тулегенов", "Ержан Тулегенов", "person:tulegenov-e")]
    [InlineData("Встреча с Анной Кравцовой прошла успешно.", "Анной Кравцовой", "Анна Кравцова", "person:kravtsova-a")]
    [InlineData("Соглашение одобрил Юрий Петрович Лавренев.", "Юрий Петрович Лавренев", "Юрий Лавренев", "person:lavrenev-yu")]
    [InlineData("Об этом заявил К.Абенов на брифинге.", "К.Абенов", "К.Абенов", "person:abenov-k")]
    [InlineData("Мы поговорили с Р.Дорнхольтом о планах.", "Р.Дорнхольтом", "Р.Дорнхольт", "person:dornkholt-r")]
    [InlineData("Гостей приветствовала С.Ферра из Рима.", "С.Ферра", "С.Ферра", "person:ferra-s")]
    [InlineData("Решение поддержал Н. Сарыбаев.", "Н. Сарыбаев", "Н.Сарыбаев", "person:sarybaev-n")]
    [InlineData("Документ подписал Горелов А.В. в пятницу.", "Горелов А.В.", "А.В.Горелов", "person:gorelov-a")]
    [InlineData("Наставником команды стал Гиви Абашидзе.", "Гиви Абашидзе", "Гиви Абашидзе", "person:abashidze-g")]
    [InlineData("На концерте выступил Зоран Мевлич и его оркестр.", "Зоран Мевлич", "Зоран Мевлич", "person:mevlich-z")]
    [InlineData("Отчет представил аналитик Кузьмичев.", "Кузьмичев", "Кузьмичев", "person:kuzmichev")]
    [InlineData("Супруга писателя Алевтина Игоревна приехала позже.", "Алевтина Игоревна", "Алевтина Игоревна", "person:alevtina-igorevna")]
    [InlineData("Лидером списка стала Марин Де Вильнев из Лиона.", "Марин Де Вильнев", "Марин Де Вильнев", "person:de-vilnev-m")]
    [InlineData("Встречу провел Евгений Иванцов вчера.", "Евгений Иванцов", "Евгений Иванцов", "person:ivantsov-e")]
    [InlineData("Эксперт Оскар Лундгрен (Oscar Lundgren) выступил в Осло.", "Oscar Lundgren", "Оскар Лундгрен", "person:lundgren-o")]
    [InlineData("Интервью дал Хамид аль-Масуди вчера.", "Хамид аль-Масуди", "Хамид аль-Масуди", "person:al-masudi-kh")]
    [InlineData("Службу вел епископ Евлогий Ржевский утром.", "Евлогий Ржевский", "Евлогий Ржевский", "person:rzhevskiy-e")]
    [InlineData("Судьи:\n• Ямато Сэкино (Япония)\n• Рауль Пинеда (Мексика)", "Ямато Сэкино", "Ямато Сэкино", "person:sekino-ya")]
    public void Recognises_persons(string sentence, string surface, string name, string key)
    {
        var person = Extractors.Expect(sentence, surface, GraphLabels.Person);
        Assert.Equal(name, person.Name);
        Assert.Equal(key, person.Key);
    }

    [Theory]
    [InlineData("Президент РК К.Абенов открыл форум.", "К.Абенов", "Президент РК")]
    [InlineData("Специальный представитель Президента по вопросам экологии Дина Омарова выступила первой.", "Дина Омарова", "Специальный представитель Президента по вопросам экологии")]
    [InlineData("Об этом сказал профессор Т.Нурланов.", "Т.Нурланов", "профессор")]
    [InlineData("На заседании кабинета министров глава правительства Ирака Салим Бакри выступил первым.", "Салим Бакри", "глава правительства Ирака")]
    public void Puts_the_position_in_front_into_properties(string sentence, string surface, string position)
    {
        var person = Extractors.EntitiesOf(sentence).WithMention(surface);
        Assert.NotNull(person);
        Assert.Equal(position, person.Properties["position"]);
    }

    [Theory]
    [InlineData("Германии")]             // a given name («Герман») inside a country
    [InlineData("Левый фронт")]          // a given name («Лев») inside an adjective
    [InlineData("Понедельник")]
    [InlineData("Космонавтов")]          // a genitive plural of a known noun, not a surname in -ов
    [InlineData("Женевской")]            // a capitalised adjective before a noun
    public void Does_not_take_common_words_for_names(string surface)
    {
        var entities = Extractors.EntitiesOf("Об этом сообщили в Германии. Левый фронт провел митинг. Понедельник был трудным. Космонавтов встретили врачи. Нормы Женевской конвенции соблюдены.");
        Assert.DoesNotContain(entities, e => e.Label == GraphLabels.Person && e.Mentions.Any(m => surface.Contains(m.Text, StringComparison.Ordinal)));
    }
}
