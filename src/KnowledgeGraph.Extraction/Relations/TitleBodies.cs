using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Relations;

/// <summary>Where a title is held: the body PositionRule links the person to.</summary>
internal static class TitleBodies
{
    /// <summary>
    /// The body of <paramref name="title"/> among tokens [title, <paramref name="upTo"/>): the body the title
    /// names («Госсекретарь» -> the State Department, when the document has it), else the first
    /// organisation, else the first place, else a country adjective, else (for a bare state office)
    /// the document's country.
    /// </summary>
    public static Entity? Find(RelationContext ctx, SentenceView v, TriggerMatch title, int upTo, List<MentionRef> bodies)
    {
        var window = v.Tokens.GetRange(title.First, Math.Max(0, upTo - title.First));
        for (var i = 0; i < window.Count; i++)
        {
            if (ctx.Lexicons.PositionBodies.Longest(window, i) is not { } b)
            {
                continue;
            }

            foreach (var body in b.Pattern.Value.Split('/', StringSplitOptions.TrimEntries))
            {
                if (Names.WithPrefix(ctx.Document.Entities, body, GraphLabels.Organization).FirstOrDefault(n => OfSamePlace(n, bodies)) is { } named)
                {
                    return named;
                }
            }
        }

        return bodies.FirstOrDefault(b => b.Label == GraphLabels.Organization)?.Entity
            ?? bodies.FirstOrDefault(b => b.IsPlace)?.Entity
            ?? CountryByAdjective(ctx, v, Adjectives.StartBefore(v, title.First), upTo)
            ?? (BareStateTitle(ctx.Lexicons, v, title, upTo) ? ctx.MainCountry : null);
    }

    /// <summary>
    /// «Премьер-министр Иван Петров»: a state's office right before the name, with no adjective
    /// («британский премьер», «музыкальный король») and not inside a chain of titles («помощник
    /// заместителя госсекретаря»). Its body is left to the document's country.
    /// </summary>
    private static bool BareStateTitle(RelationLexicons lx, SentenceView v, TriggerMatch title, int upTo) =>
        upTo == title.Next
        && lx.StateTitles.Longest(v.Tokens, title.First) is not null
        && (Adjectives.StartBefore(v, title.First) == title.First
            || !TitleForms.Agrees(v.Word(title.First - 1), v.Word(title.First), lx.Positions))
        && (title.First == 0 || lx.Positions.Longest(v.Tokens, title.First - 1) is null);

    /// <summary>
    /// «министр иностранных дел Японии» does not point to «МИД России» found elsewhere in the document:
    /// a named body is taken only when the title names no place, or the body's name contains that place.
    /// </summary>
    private static bool OfSamePlace(Entity named, List<MentionRef> bodies)
    {
        var name = Names.Fold(named.Name);
        foreach (var b in bodies)
        {
            if (b.IsPlace)
            {
                var place = Names.Fold(b.Entity.Name);
                if (!name.Contains(place[..Math.Min(4, place.Length)], StringComparison.Ordinal))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>«российский президент Иван Петров»: a country adjective around the title.</summary>
    private static Entity? CountryByAdjective(RelationContext ctx, SentenceView v, int from, int upTo)
    {
        for (var i = from; i < upTo && i < v.Tokens.Count; i++)
        {
            if (ctx.CountryOfAdjective(v.Word(i)) is { } country)
            {
                return country;
            }
        }

        return null;
    }
}
