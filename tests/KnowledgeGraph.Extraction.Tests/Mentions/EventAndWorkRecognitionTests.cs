using KnowledgeGraph.Extraction.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Tests.Mentions;

public class EventAndWorkRecognitionTests
{
    [Theory]
    [InlineData("Министр совершил рабочий визит в Омск.", "рабочий визит", "рабочий визит", "визит")]
    [InlineData("Вечером состоялся торжественный прием.", "торжественный прием", "торжественный прием", "прием")]
    [InlineData("Он выступил на Конференции по климату.", "Конференции", "Конференция", "конференция")]
    [InlineData("Прошла презентация доклада о реформах.", "презентация", "презентация", "презентация")]
    public void Recognises_events(string sentence, string surface, string name, string kind)
    {
        var ev = Extractors.Expect(sentence, surface, GraphLabels.Event);
        Assert.Equal(name, ev.Name);
        Assert.Equal(kind, ev.Properties["kind"]);
    }

    [Fact]
    public void Event_gets_date_and_place_of_its_sentence()
    {
        var ev = Extractors.EntitiesOf("Официальный визит в Омск состоится 12 мая 2023 года.").WithMention("Официальный визит");
        Assert.NotNull(ev);
        Assert.Equal("2023-05-12", ev.Properties["date"]);
        Assert.Equal("Омск", ev.Properties["place"]);
    }

    [Theory]
    [InlineData("На встречах обсудили планы.")]              // plural: no particular event
    [InlineData("Переговоры прошли в Омске.")]                // no modifier
    public void Leaves_generic_event_nouns(string sentence) =>
        Assert.DoesNotContain(Extractors.EntitiesOf(sentence), e => e.Label == GraphLabels.Event);

    [Theory]
    [InlineData("Состоялась презентация книги «Пути степи».", "Пути степи", "книга")]
    [InlineData("Стороны подписали соглашение «О взаимной торговле».", "О взаимной торговле", "соглашение")]
    public void Recognises_works_in_quotes(string sentence, string name, string kind)
    {
        var work = Extractors.EntitiesOf(sentence).WithMention(name);
        Assert.NotNull(work);
        Assert.Equal(GraphLabels.Work, work.Label);
        Assert.Equal(kind, work.Properties["kind"]);
    }
}
