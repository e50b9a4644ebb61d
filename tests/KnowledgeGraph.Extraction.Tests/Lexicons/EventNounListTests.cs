using KnowledgeGraph.Extraction.Lexicons;
using KnowledgeGraph.Extraction.Relations;
using KnowledgeGraph.Extraction.Tests.Support;

namespace KnowledgeGraph.Extraction.Tests.Lexicons;

/// <summary>
/// One list of event nouns (<c>event-nouns.txt</c>), each written once in the nominative, read by the name
/// recognisers and, for the nouns with <c>@event</c>, by the relation stage with every case form derived by the
/// morphology dictionary. The table is the forms the former hand-written <c>relations/events.txt</c> matched, one
/// row per former pattern (its text in the comment): an enumerated list as it was, a prefix as the six cases
/// singular and plural of its noun.
/// </summary>
public class EventNounListTests
{
    private static readonly RelationLexicons Lexicons = RelationLexicons.Default;

    [Theory]
    [InlineData("визит", "визит;визита;визиту;визитом;визите;визиты;визитов;визитам;визитами;визитах")] // визит*
    [InlineData("конвенция", "конвенция;конвенции;конвенцию;конвенцией;конвенциею;конвенций;конвенциям;конвенциями;конвенциях")] // конвенци*
    [InlineData("конференция", "конференция;конференции;конференцию;конференцией;конференциею;конференций;конференциям;конференциями;конференциях")] // конференци*
    [InlineData("форум", "форум;форума;форуме;форуму;форумом")] // форум/форума/форуме/форуму/форумом
    [InlineData("саммит", "саммит;саммита;саммиту;саммитом;саммите;саммиты;саммитов;саммитам;саммитами;саммитах")] // саммит*
    [InlineData("съезд", "съезд;съезда;съезде;съезду;съездом")] // съезд/съезда/съезде/съезду/съездом
    [InlineData("прием", "прием по случаю;приема по случаю;приеме по случаю;приему по случаю;приемом по случаю")] // прием/приема/приеме/приему/приемом по случаю
    [InlineData("прием", "прием в честь;приема в честь;приеме в честь;приему в честь;приемом в честь")] // прием/приема/приеме/приему/приемом в честь
    [InlineData("прием", "торжественный прием;торжественного прием;торжественному прием;торжественным прием;торжественном прием;торжественный приема;торжественный приеме;торжественный приему;торжественный приемом")] // торжественн* прием/приема/приеме/приему/приемом
    [InlineData("презентация", "презентация;презентации;презентацию;презентацией;презентациею;презентаций;презентациям;презентациями;презентациях")] // презентаци*
    [InlineData("выставка", "выставка;выставки;выставке;выставку;выставкой;выставкою;выставкам;выставками;выставках")] // выставк*
    [InlineData("фестиваль", "фестиваль;фестиваля;фестивалю;фестивалем;фестивале;фестивали;фестивалей;фестивалям;фестивалями;фестивалях")] // фестивал*
    [InlineData("церемония", "церемония;церемонии;церемонию;церемонией;церемониею;церемоний;церемониям;церемониями;церемониях")] // церемони*
    [InlineData("встреча", "встреча;встречу;встрече;встречей")] // встреча/встречу/встрече/встречей
    [InlineData("сессия", "сессия;сессии;сессию;сессией")] // сессия/сессии/сессию/сессией
    [InlineData("акция", "акция протеста;акции протеста;акцию протеста;акцией протеста")] // акция/акции/акцию/акцией протеста
    [InlineData("чемпионат", "чемпионат;чемпионата;чемпионате;чемпионату;чемпионатом")] // чемпионат/чемпионата/чемпионате/чемпионату/чемпионатом
    [InlineData("олимпиада", "олимпиада;олимпиады;олимпиаде;олимпиаду;олимпиадой")] // олимпиада/олимпиады/олимпиаде/олимпиаду/олимпиадой
    public void Every_form_the_former_event_list_matched_is_still_an_event(string kind, string phrases)
    {
        foreach (var phrase in phrases.Split(';'))
        {
            var m = Lexicons.Events.Longest(TriggerTokens.Of(phrase), 0);
            Assert.True(m is not null, $"'{phrase}' is no event");
            Assert.Equal(phrase.Split(' ').Length, m!.Value.Length);
            Assert.Equal(kind, m.Value.Pattern.Value);
        }
    }

    [Theory]
    [InlineData("форумы")] // @singular: the plural of a singular-only event noun is no event
    [InlineData("чемпионатов")]
    [InlineData("прием")] // a reception is an event only as its phrase («прием в честь», «торжественный прием»)
    [InlineData("акция")]
    [InlineData("переговоры")] // no @event: the name recognisers' noun only
    [InlineData("визитка")] // a prefix once matched the words derived from the noun
    public void Not_an_event_of_the_relation_stage(string phrase) => Assert.Null(Lexicons.Events.Longest(TriggerTokens.Of(phrase), 0));

    [Fact]
    public void No_title_or_event_head_is_listed_twice_across_the_lexicon_files()
    {
        var folder = RepoPaths.Lexicons;
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var twice = new List<string>();
        // the title and event vocabularies; a body's head noun («конгресс», «президиум» in org-heads.txt) is another
        // vocabulary, the word in another role
        foreach (var file in new[] { "positions.txt", "event-nouns.txt", "named-events.txt" })
        {
            foreach (var fields in LexiconFile.Read(Path.Combine(folder, file)))
            {
                var key = KnowledgeGraph.Extraction.Relations.Tokenizer.Fold(fields[0]);
                if (seen.TryGetValue(key, out var other))
                {
                    twice.Add($"{key}: {other}, {file}");
                }

                seen.TryAdd(key, file);
            }
        }

        Assert.Empty(twice);
        Assert.All(Directory.GetFiles(Path.Combine(folder, "relations")), f =>
            Assert.DoesNotContain(Path.GetFileName(f), new[] { "positions.txt", "state-titles.txt", "events.txt" }));
    }
}
