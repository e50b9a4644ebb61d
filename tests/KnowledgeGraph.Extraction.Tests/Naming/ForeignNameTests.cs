using KnowledgeGraph.Extraction.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Tests.Naming;

/// <summary>
/// Foreign names whose parts decline differently: a given name in «-и», «-у», «-о» does not
/// decline, so the surname after it is brought to the nominative alone; a given name the
/// dictionary lacks is matched with its other forms in the article; a name with a particle
/// («бин», «эль-») declines only its given name. Every sentence is about invented people.
/// </summary>
public class ForeignNameTests
{
    [Theory]
    // an indeclinable given name and a surname whose ending shows the genitive surely («-ы») or after a word that governs it
    [InlineData("Визит министра Японии Сейджи Ямакавы отложили.", "Сейджи Ямакавы", "Сейджи Ямакава")]
    [InlineData("Соперником Юсси Лааксонена на трассе был швед.", "Юсси Лааксонена", "Юсси Лааксонен")]
    [InlineData("Рукопись Абу Хасима нашли в архиве.", "Абу Хасима", "Абу Хасим")]
    [InlineData("Машина Кими Лааксонена сошла с трассы.", "Кими Лааксонена", "Кими Лааксонен")]
    [InlineData("Вместе с Кими Лааксоненом приехал тренер.", "Кими Лааксоненом", "Кими Лааксонен")]
    // the same shape in the nominative stays as written where nothing before it governs a case
    [InlineData("Вчера Кими Тоймела призвал стороны к диалогу.", "Кими Тоймела", "Кими Тоймела")]
    // after a dash the name stands beside a noun in the genitive; joined by «и» to a name in the genitive
    [InlineData("Удача отвернулась от его соперников — Кими Лааксонена и Марка Хольма.", "Кими Лааксонена", "Кими Лааксонен")]
    [InlineData("Об этом писали в трудах Авраама и Абу Хасима.", "Абу Хасима", "Абу Хасим")]
    // a time noun after a preposition belongs to it, not to the name
    [InlineData("В понедельник Кими Тоймела призвал стороны к диалогу.", "Кими Тоймела", "Кими Тоймела")]
    // a person's noun in the nominative beside the name does not govern it
    [InlineData("В гонке победила финка Кайса Лехтинен.", "Кайса Лехтинен", "Кайса Лехтинен")]
    // a particle surname does not decline, the given name before it does
    [InlineData("Дело Халеда эль-Харби рассмотрят в мае.", "Халеда эль-Харби", "Халед эль-Харби")]
    [InlineData("Сторонники Усамы бин Хамдана собрались у мечети.", "Усамы бин Хамдана", "Усама бин Хамдан")]
    public void Names_foreign_persons_in_the_nominative(string sentence, string surface, string name)
    {
        var person = Extractors.Expect(sentence, surface, GraphLabels.Person);
        Assert.Equal(name, person.Name);
    }

    [Theory]
    // an unknown given name and a short surname in several cases are one person, named in the nominative the article writes
    [InlineData("Вчера Бессель Хок выдвинул свою кандидатуру. Поддержку Бесселю Хоку выразили федерации. На странице Бесселя Хока список.", "Бессель Хок", 3)]
    [InlineData("Поддержку Бесселю Хоку выразили федерации. Вчера Бессель Хок поблагодарил их.", "Бессель Хок", 2)]
    // the case a surname's ending shows against its nominative brings an unknown given name beside it to the nominative
    [InlineData("Он заменит Гаррета Рейсмана в экипаже. Рейсман вернется на землю.", "Гаррет Рейсман", 2)]
    // an unknown given name read in its nominative by more mentions than a form with a typo
    [InlineData("Он был братом Сулимы Ямадова. Дело Сулима Ямадова передали в суд. Похороны Сулима Ямадова прошли в Дубае.", "Сулим Ямадов", 3)]
    public void Forms_of_an_unknown_given_name_are_one_person(string text, string name, int mentions)
    {
        var person = Assert.Single(Extractors.EntitiesOf(text), e => e.Label == GraphLabels.Person);
        Assert.Equal(name, person.Name);
        Assert.Equal(mentions, person.Mentions.Count);
    }

    [Theory]
    // a woman's given name before a surname in «-а»: the surname is hers as written
    [InlineData("Второе место заняла Теа Ван-Квирава из Нидерландов.", "Теа Ван-Квирава", "Теа Ван-Квирава")]
    [InlineData("Второе место заняла Теа Босман-Квирава (Нидерланды) — 8 очков.", "Теа Босман-Квирава", "Теа Босман-Квирава")]
    // a lone woman's given name in the nominative
    [InlineData("На встречу приехала его дочь Лиза и мать.", "Лиза", "Лиза")]
    // a man's genitive: a given name in «-ы» comes from «-а», the surname loses the case ending
    [InlineData("Пресс-секретарь генерал-лейтенанта Тханары Сомпхона сообщил о переговорах.", "Тханары Сомпхона", "Тханара Сомпхон")]
    // a capitalised common noun right after a given name in the nominative is the surname
    [InlineData("Бывший вратарь сборной Олег Понедельник выразил своё мнение.", "Олег Понедельник", "Олег Понедельник")]
    // a vocative in the dictionary («Лев» of «Лёва») is no reading of a surname
    [InlineData("Тренерами стали Ансельм Лёв и его помощник.", "Ансельм Лёв", "Ансельм Лёв")]
    public void Names_from_gender_and_case(string sentence, string surface, string name)
    {
        var person = Extractors.Expect(sentence, surface, GraphLabels.Person);
        Assert.Equal(name, person.Name);
    }
}
