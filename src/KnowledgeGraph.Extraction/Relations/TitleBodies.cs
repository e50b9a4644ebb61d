using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Relations;

/// <summary>Where a title is held: the body PositionRule links the person to.</summary>
internal static class TitleBodies
{
    /// <summary>
    /// The body of <paramref name="title"/> among tokens [title, <paramref name="upTo"/>): the body the title
    /// names («Госсекретарь» -> the State Department, when the document has it), else the first
    /// organisation, else the first place, else a country adjective, else (for a bare state office)
    /// the document's country. Without <paramref name="stateDefault"/> only what the title's own words name counts
    /// (no earlier descriptor, no document country).
    /// </summary>
    public static Entity? Find(RelationContext ctx, SentenceView v, TriggerMatch title, int upTo, List<MentionRef> bodies, bool stateDefault = true)
    {
        // the window [title, upTo) of the sentence, matched in place
        var end = title.First + Math.Max(0, upTo - title.First);
        for (var i = title.First; i < end; i++)
        {
            if (ctx.Lexicons.PositionBodies.Longest(v.Tokens, i, end) is not { } b)
            {
                continue;
            }

            foreach (var body in b.Pattern.ValueParts)
            {
                // the first of the same place (a static method for the test: no closure over the bodies at every call)
                if (ctx.EntityIndex.FirstWithPrefix(body, GraphLabels.Organization, OfSamePlace, bodies) is { } named)
                {
                    return named;
                }
            }
        }

        return bodies.FirstOrDefault(b => b.Label == GraphLabels.Organization)?.Entity
            ?? bodies.FirstOrDefault(b => b.IsPlace)?.Entity
            ?? (bodies.Count == 0 && stateDefault ? DescribedEarlier(ctx, v, title, upTo) : null)
            ?? CountryByAdjective(ctx, v, Adjectives.StartBefore(v, title.First), upTo, StateOffice(ctx.Lexicons, v, title))
            ?? (stateDefault && BareStateTitle(ctx.Lexicons, v, title, upTo) ? CountryByAdjective(ctx, v, 0, v.Tokens.Count) ?? CountryByPeople(ctx, v) ?? ctx.MainCountry : null);
    }

    /// <summary>
    /// «Премьер-министр Иван Петров»: a state's office right before the name, with no adjective
    /// («британский премьер», «музыкальный король») and not inside a chain of titles («помощник
    /// заместителя госсекретаря»). Its body is the country an adjective of the sentence names
    /// («администрация президента Петрова открыла американским компаниям …»), else the document's country.
    /// </summary>
    private static bool BareStateTitle(RelationLexicons lx, SentenceView v, TriggerMatch title, int upTo) =>
        upTo == title.Next
        && lx.StateTitles.Longest(v.Tokens, title.First) is not null
        && (Adjectives.StartBefore(v, title.First) == title.First
            || !TitleForms.Agrees(v.Word(title.First - 1), v.Word(title.First), v.TitleNoun(title.First, lx.Positions)))
        && (title.First == 0 || v.Longest(lx.Positions, title.First - 1) is null);

    /// <summary>
    /// «министр иностранных дел Японии» does not point to «МИД России» found elsewhere in the document:
    /// a named body is taken only when the title names no place, or the body's name contains that place.
    /// </summary>
    internal static bool OfSamePlace(Entity named, List<MentionRef> bodies)
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

    /// <summary>
    /// «глава партии Иван Петров» after «партии «Рассвет»» earlier in the text: a bare descriptor in the
    /// genitive right after the title names the organisation last introduced with that descriptor.
    /// </summary>
    private static Entity? DescribedEarlier(RelationContext ctx, SentenceView v, TriggerMatch title, int upTo)
    {
        if (title.Next >= upTo || title.Next >= v.Tokens.Count || !v.Tokens[title.Next].IsWord || v.MentionAt(title.Next) is not null)
        {
            return null;
        }

        return ctx.Descriptors.LatestBefore(v.Word(title.Next), v.Tokens[title.First].Start);
    }

    /// <summary>
    /// «выбирали итальянцы новый парламент»: a people's noun in the sentence, made from an adjective in -анский,
    /// -янский, -инский by its regular suffix (итальянский -> итальянцы, кубинский -> кубинцы).
    /// </summary>
    private static Entity? CountryByPeople(RelationContext ctx, SentenceView v)
    {
        foreach (var t in v.Tokens)
        {
            if (t.IsWord && t.Lower.Length > 5 && t.Lower.Contains("нц", StringComparison.Ordinal))
            {
                var at = t.Lower.LastIndexOf("нц", StringComparison.Ordinal);
                if (at >= 2 && t.Lower[at - 1] is 'а' or 'я' or 'и' && ctx.CountryOfAdjective(t.Lower[..(at + 1)] + "ск") is { } country)
                {
                    return country;
                }
            }
        }

        return null;
    }

    /// <summary>Whether a title is held for a state (words.txt «state-office»): its country adjective names the state served.</summary>
    private static bool StateOffice(RelationLexicons lx, SentenceView v, TriggerMatch title) =>
        lx.Is("state-office", v.TitleNoun(TitleForms.Head(v, title), lx.Positions).Nominative);

    /// <summary>
    /// «российский президент Иван Петров»: a country adjective around the title; for a state's office
    /// (<paramref name="make"/>) a country the document does not name otherwise is made, mentioned by the adjective
    /// («британский премьер Иван Петров» -> Великобритания); «французский режиссер» makes none.
    /// </summary>
    private static Entity? CountryByAdjective(RelationContext ctx, SentenceView v, int from, int upTo, bool make = false)
    {
        for (var i = from; i < upTo && i < v.Tokens.Count; i++)
        {
            var span = make ? TextSpan.Of(ctx.Document.Article.Text, v.Tokens[i].Start, v.Tokens[i].End) : null;
            if (ctx.CountryOfAdjective(v.Word(i), span) is { } country)
            {
                return country;
            }
        }

        return null;
    }
}
