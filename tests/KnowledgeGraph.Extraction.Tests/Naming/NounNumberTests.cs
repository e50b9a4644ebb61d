using KnowledgeGraph.Extraction.Naming;
using KnowledgeGraph.Extraction.Tests.Support;
using KnowledgeGraph.Model;
using KnowledgeGraph.Morphology;

namespace KnowledgeGraph.Extraction.Tests.Naming;

/// <summary>
/// A form that is a genitive singular and a nominative or accusative plural at once («встречи», «заседания»)
/// is read in the number the word before it shows. Our own sentences.
/// </summary>
public class NounNumberTests
{
    [Theory]
    [InlineData("встречи", "встреча", "проводить", true)] // a transitive verb: the accusative plural
    [InlineData("встречи", "встреча", "провел", true)]
    [InlineData("встречи", "встреча", "прошли", true)] // a plural verb: the nominative plural
    [InlineData("встречи", "встреча", "две", true)] // a numeral counts several
    [InlineData("встречи", "встреча", "3", true)]
    [InlineData("встречи", "встреча", "13", false)] // «13 встреч» would be written; «13» does not count in the genitive singular
    [InlineData("встречи", "встреча", "регулярные", true)] // an adjective in the plural only
    [InlineData("заседания", "заседание", "эти", true)]
    [InlineData("встречи", "встреча", "после", false)] // a preposition: the genitive singular
    [InlineData("встречи", "встреча", "итоги", false)] // a noun: the genitive singular
    [InlineData("встречи", "встреча", "новой", false)] // an adjective in the singular
    [InlineData("акции", "акция", "начало", false)] // «начало» is a noun too: «начало акции»
    [InlineData("выборы", "выборы", "президентские", false)] // a plural-only noun has no singular to mistake
    [InlineData("встречу", "встреча", "проводить", false)] // no plural reading to choose
    [InlineData("встречи", "встреча", null, false)]
    public void The_word_before_shows_the_plural(string form, string lemma, string? before, bool plural) =>
        Assert.Equal(plural, NounNumber.PluralByWordBefore(MorphAnalyzer.Default, form, lemma, before));

    [Theory]
    [InlineData("Министр провел встречу с фермерами. Он пообещал проводить встречи с ними каждый месяц.", 1)]
    [InlineData("Министр провел встречу с фермерами. Регулярные встречи с ними пройдут в Риге.", 1)]
    [InlineData("Министр провел встречу с фермерами. После встречи он ответил на вопросы.", 2)]
    public void A_plural_mention_does_not_join_the_meeting(string text, int mentions)
    {
        var entities = Extractors.Default.Extract(Extractors.Article("Заголовок\n\n" + text)).Entities;
        var meeting = Assert.Single(entities, e => e.Label == GraphLabels.Event && e.Properties["kind"] as string == "встреча");
        Assert.Equal(mentions, meeting.Mentions.Count);
    }
}
