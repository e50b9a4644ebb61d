using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Relations;

/// <summary>
/// LOCATED_IN, city -> country: from the text («в Бишкеке (Киргизия)», «Ош, Киргизия») and from
/// the lexicon of cities when the document names both. The lexicon's edge says so (<c>source: "lexicon"</c>)
/// and carries no sentence, since no sentence said it; <see cref="RelationSettings.LexiconEdges"/> switches it off.
/// </summary>
internal sealed class LocatedInRule : IRelationRule
{
    private const double TextConfidence = 0.85;
    private const double LexiconConfidence = 0.6;

    public void Apply(RelationContext ctx, SentenceView v)
    {
        // by index, not through an iterator: most sentences have no place (nothing is allocated for them)
        for (var k = 0; k < v.Mentions.Count; k++)
        {
            var city = v.Mentions[k];
            if (city.Label is not (GraphLabels.City or GraphLabels.Location))
            {
                continue;
            }

            var at = city.Last + 1;
            if (v.Word(at) is "(" or "," && v.NextMention(at + 1) is { Label: GraphLabels.Country } country && country.First == at + 1
                && (v.Word(at) == "," ? v.Word(country.Last + 1) is "," or "." or "" : v.Word(country.Last + 1) == ")"))
            {
                ctx.Sink.Add(RelationshipTypes.LocatedIn, city.Entity, country.Entity, v.Evidence, TextConfidence);
            }

            if (ctx.Settings.LexiconEdges && city.Label == GraphLabels.City && ctx.CountryOf(city.Entity) is { } known)
            {
                ctx.Sink.AddFromLexicon(RelationshipTypes.LocatedIn, city.Entity, known, LexiconConfidence);
            }
        }
    }
}
