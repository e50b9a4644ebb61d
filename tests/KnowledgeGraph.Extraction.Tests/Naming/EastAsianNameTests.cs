using KnowledgeGraph.Extraction.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Tests.Naming;

/// <summary>
/// Chinese and Korean names keep the surname first; a declined surname and the last syllable go back
/// to the nominative, the syllables between do not decline. Every person here is invented.
/// </summary>
public class EastAsianNameTests
{
    [Theory]
    [InlineData("После отставки Кима Сон Ира партия сменила курс.", "Кима Сон Ира", "Ким Сон Ир")]
    [InlineData("Заявление сделал Пак Чжун Хо в понедельник.", "Пак Чжун Хо", "Пак Чжун Хо")]
    [InlineData("Визит Сунь Лэя в Пекин отложили.", "Сунь Лэя", "Сунь Лэй")]
    [InlineData("Встреча с Хваном Чжан Гилем прошла в Сеуле.", "Хваном Чжан Гилем", "Хван Чжан Гиль")]
    [InlineData("Бурение провели под руководством Сунь Линя в июле.", "Сунь Линя", "Сунь Линь")]
    // a syllable that shares a stem with a place («Сен», «Сена») is still a syllable
    [InlineData("Музей назвали в честь Ли Сон Сен.", "Ли Сон Сен", "Ли Сон Сен")]
    [InlineData("Он встретился с Ли Джэ Соном в Сеуле.", "Ли Джэ Соном", "Ли Джэ Сон")]
    [InlineData("Приз получил фильм режиссера Чон Хе Рин из Сеула.", "Чон Хе Рин", "Чон Хе Рин")]
    public void Names_keep_the_surname_first_in_the_nominative(string sentence, string surface, string name)
    {
        var person = Extractors.Expect(sentence, surface, GraphLabels.Person);
        Assert.Equal(name, person.Name);
    }

    [Fact]
    public void A_father_and_a_son_sharing_the_surname_and_an_initial_are_two_persons_with_two_keys()
    {
        var persons = Extractors.EntitiesOf("Портрет Кима Сон Ира висит рядом с портретом его сына Ким Сон Ына.")
            .Where(e => e.Label == GraphLabels.Person).ToList();
        Assert.Equal(2, persons.Count);
        Assert.NotEqual(persons[0].Key, persons[1].Key);
    }

    [Theory]
    // «Ким» is a given name too: with one word after it, it is not a Korean surname
    [InlineData("Британский разведчик Ким Остин выступил с лекцией.", "Ким Остин")]
    public void A_surname_that_is_also_a_given_name_needs_two_syllables(string sentence, string surface)
    {
        var person = Extractors.Expect(sentence, surface, GraphLabels.Person);
        Assert.Equal(surface, person.Name);
    }
}
