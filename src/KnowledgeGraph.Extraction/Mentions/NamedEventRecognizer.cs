using KnowledgeGraph.Extraction.Events;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Mentions;

/// <summary>
/// Well-known recurring events named on their own («Олимпийские игры», «Евровидение», «Всемирный
/// экономический форум»), from the lexicon <c>named-events.txt</c>, in any case. The name is the lexicon's
/// canonical one, the kind its <c>@kind</c> noun, the date the sentence's; an edition with a date is keyed on
/// its name and date (one node across articles), one without on its article (<see cref="EventKeys"/>).
/// Runs before the organisation recognisers, so that «Всемирный экономический форум» is the event.
/// </summary>
public sealed class NamedEventRecognizer : IMentionRecognizer
{
    private const string KindAttribute = "@kind ";

    public void Recognize(MentionContext context)
    {
        var t = context.Tokens;
        for (var i = 0; i < t.Count; i++)
        {
            if (!t[i].IsWord || context.Lexicons.NamedEvents.LongestAt(t, i) is not { } hit || !context.IsFree(hit.Start, hit.End)
                || !context.SameSentence(hit.Start, hit.End - 1))
            {
                continue;
            }

            var name = hit.Entry.Canonical;
            var date = DateFinder.FirstIn(context, t[i].Sentence);
            var m = context.Add(new Mention
            {
                First = hit.Start,
                Last = hit.End,
                Label = GraphLabels.Event,
                Name = name,
                Key = EventKeys.For(name, proper: true, date, context.ArticleTag),
            });
            m.Properties["kind"] = hit.Entry.Tags;
            if (date is not null)
            {
                m.Properties["date"] = date;
            }

            i = hit.End - 1;
        }
    }

    /// <summary>The kind of a named event: its <c>@kind</c> attribute's noun.</summary>
    public static string KindOf(IEnumerable<string> fields) =>
        fields.FirstOrDefault(f => f.StartsWith(KindAttribute, StringComparison.Ordinal))?[KindAttribute.Length..].Trim() ?? "событие";
}
