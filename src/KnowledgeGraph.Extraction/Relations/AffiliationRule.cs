using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Relations;

/// <summary>
/// AFFILIATED_WITH: coordinated people followed by an organisation in brackets («профессора А.Иванов
/// и Б.Петров (Институт …)»), or «X из Y» where Y is an organisation («эксперт Иван Петров из Института …»).
/// </summary>
internal sealed class AffiliationRule : IRelationRule
{
    private const double Confidence = 0.75;

    public void Apply(RelationContext ctx, SentenceView v)
    {
        var lx = ctx.Lexicons;
        for (var k = 0; k < v.Mentions.Count; k++)
        {
            var m = v.Mentions[k];
            if (!m.IsPerson)
            {
                continue;
            }

            var people = Phrases.CoordinatedPeople(v, m, lx);
            var after = people[^1].Last + 1;
            var org = v.NextMention(after + 1);
            var bracketed = v.Word(after) == "(" && org is { Label: GraphLabels.Organization } && org.First == after + 1 && v.Word(org.Last + 1) == ")";
            var from = v.Word(after) == "из" && org is { Label: GraphLabels.Organization } && org.First == after + 1;
            if (bracketed || from)
            {
                foreach (var p in people)
                {
                    ctx.Sink.Add(RelationshipTypes.AffiliatedWith, p.Entity, org!.Entity, v.Evidence, Confidence);
                }
            }

            k = v.Mentions.IndexOf(people[^1]);
        }
    }
}
