using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Relations;

/// <summary>
/// A title in a sentence that names nobody refers to a person named just before: «Иван Петров прибыл в Ригу.
/// Министр обороны Латвии встретил его» gives nothing to Петров, but «Иван Петров прибыл в Ригу. Министр обороны
/// России провёл там переговоры» gives Петров HOLDS_POSITION Россия. The title needs a body of its own in its
/// phrase (an organisation, a place, a country adjective: «глава российского государства»); a bare «министр»
/// or a plural title refers to no one. The antecedent is the person named last in the
/// <see cref="SentencesBack"/> sentences before, skipping one who already holds a position in another country
/// and one another title of the same sentence took («президент Франции … с главой администрации США»: two people);
/// a sentence reporting someone's words ahead of the title («По его словам, председатель КГБ …») gives the title to no one.
/// </summary>
internal static class TitleCoreference
{
    public const int SentencesBack = 2;
    private const double Confidence = 0.6;
    private const int MaxTitleWords = 8;
    private static readonly string CountryPrefix = GraphLabels.Country.ToLowerInvariant() + ":";

    /// <summary>Whether the sentence names nobody: no person mention, outermost or nested.</summary>
    public static bool NamesNobody(SentenceView v) => !v.Mentions.Exists(m => m.IsPerson) && !v.Nested.Exists(m => m.IsPerson);

    public static void Resolve(RelationContext ctx, SentenceView v, TriggerMatch title, HashSet<string> takenInSentence)
    {
        var lx = ctx.Lexicons;
        var headWord = v.Word(TitleForms.Head(v, title));
        var (nominative, ending) = v.TitleNoun(TitleForms.Head(v, title), lx.Positions);
        if (Plural(nominative, ending) || Coordinated(lx, v, title))
        {
            return; // «министры», «министров»; «министр и его заместитель»: not one person
        }

        if (lx.Is("prep", headWord) || (ending.Length == 0 && Naming.PhraseInflection.LooksLikeAdjective(headWord)))
        {
            return; // «после» is no form of «посол», «президентский» no title
        }

        var bodies = new List<MentionRef>();
        var k = title.Next;
        for (var words = 0; k < v.Tokens.Count; k++)
        {
            if (v.MentionAt(k) is { } m)
            {
                bodies.Add(m);
                k = m.Last;
                continue;
            }

            // the body follows the title in the genitive; a preposition other than those of titles («посол в»,
            // «министр по делам») starts another phrase («обращение президента к Федеральному собранию»)
            var t = v.Tokens[k];
            if (!t.IsWord || lx.Is("breaker", t.Lower) || VerbGuess.LooksLikeVerb(t.Lower) || ++words > MaxTitleWords
                || (lx.Is("prep", t.Lower) && t.Lower is not ("в" or "во" or "по" or "при"))
                || (t.Lower is "в" or "во" && v.MentionAt(k + 1) is not { IsPlace: true }))
            {
                break;
            }
        }

        bodies.RemoveAll(b => b.Label == GraphLabels.Event);
        var start = TitleForms.Start(v, lx.Positions, title);
        if (ReportedBefore(v, start))
        {
            return; // «По его словам, председатель КГБ угрожал»: the person before is the source, the title someone else
        }

        if (TitleBodies.Find(ctx, v, title, k, bodies, stateDefault: false) is not { } end
            || (bodies.Count == 0 && !HasCountryAdjective(ctx, v, start, k)))
        {
            return;
        }

        // the phrase ends with its last body, or two words after the title when the body is an adjective's
        var phraseEnd = bodies.Count > 0 ? bodies.Max(b => b.Last) + 1 : Math.Min(k, title.Next + 2);
        if (NameFollows(ctx, v, phraseEnd) || NameFollows(ctx, v, title.Next))
        {
            return;
        }

        var type = title.Pattern.Value;
        if (type != RelationshipTypes.HoldsPosition || nominative.Length == 0)
        {
            return;
        }

        if (Antecedent(ctx, v, end, takenInSentence) is not { } person)
        {
            return;
        }

        takenInSentence.Add(person.Key);
        ctx.Sink.Add(type, person, end, v.Evidence, Confidence, TitleForms.Phrase(v, ctx.Document.Article.Text, lx.Positions, start, phraseEnd));
    }

    /// <summary>
    /// A person already holding a post in another country, or a post in an organisation when the title is a
    /// state's («президент ассоциации» is not the «премьер-министр Казахстана» of the next sentence).
    /// </summary>
    private static bool HoldsOtherPost(RelationContext ctx, Entity person, Entity end, Entity? country)
    {
        foreach (var key in ctx.Sink.EndsOf(RelationshipTypes.HoldsPosition, person))
        {
            var isCountry = key.StartsWith(CountryPrefix, StringComparison.Ordinal);
            if (key != end.Key && ((isCountry && country is not null && key != country.Key) || (!isCountry && end.Label == GraphLabels.Country)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A capitalised word right after the title's phrase that is no mention and no adjective («Свердловского обкома»): a name the entity stages missed.</summary>
    private static bool NameFollows(RelationContext ctx, SentenceView v, int at) =>
        at < v.Tokens.Count && v.Tokens[at].IsWord && v.MentionAt(at) is null
        && char.IsUpper(ctx.Document.Article.Text[v.Tokens[at].Start]) && !v.Tokens[at].Lower.All(char.IsDigit)
        && !Naming.PhraseInflection.LooksLikeAdjective(v.Tokens[at].Lower);

    /// <summary>
    /// The words of someone named before reported in the title's sentence, ahead of the title («по его словам», «по ее
    /// мнению»): that person is the source, and the title names another («лично председатель КГБ угрожал»). A pronoun
    /// the title is said of («его знали как первого секретаря») is no source and does not count.
    /// </summary>
    private static bool ReportedBefore(SentenceView v, int start)
    {
        for (var i = 0; i + 2 < start; i++)
        {
            if (v.Word(i) == "по" && v.Word(i + 1) is "его" or "ее" && v.Word(i + 2) is "словам" or "мнению" or "данным" or "утверждению" or "словами" or "версии")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>«президент и премьер-министр Польши», «министр и его заместитель»: a title coordinated with another person's.</summary>
    private static bool Coordinated(RelationLexicons lx, SentenceView v, TriggerMatch title)
    {
        var start = TitleForms.Start(v, lx.Positions, title);
        if (v.Word(start - 1) == "и" && start >= 2 && v.Longest(lx.Positions, start - 2) is not null)
        {
            return true;
        }

        return v.Word(title.Next) == "и" && title.Next + 1 < v.Tokens.Count
            && (v.Longest(lx.Positions, title.Next + 1) is not null || v.Word(title.Next + 1) is "его" or "ее" or "их");
    }

    /// <summary>«министры», «министров», «главами»: a title in the plural (but «главы», «судьи» may be one person's genitive).</summary>
    private static bool Plural(string nominative, string ending) =>
        TitleForms.IsPluralEnding(ending) || ending is "ых" or "их"
        || (ending is "ы" or "и" && !nominative.EndsWith('а') && !nominative.EndsWith('я'));

    private static bool HasCountryAdjective(RelationContext ctx, SentenceView v, int from, int upTo)
    {
        for (var i = from; i < upTo && i < v.Tokens.Count; i++)
        {
            if (ctx.CountryOfAdjective(v.Word(i)) is not null)
            {
                return true;
            }
        }

        return false;
    }

    private static Entity? Antecedent(RelationContext ctx, SentenceView v, Entity end, HashSet<string> taken)
    {
        var country = GraphLabels.Places.Contains(end.Label) ? ctx.CountryOf(end) : null;
        for (var s = v.Index - 1; s >= 0 && s >= v.Index - SentencesBack; s--)
        {
            var people = ctx.Views[s].Mentions.Concat(ctx.Views[s].Nested).Where(m => m.IsPerson).OrderByDescending(m => m.Start);
            foreach (var p in people)
            {
                if (taken.Contains(p.Entity.Key))
                {
                    continue;
                }

                if (HoldsOtherPost(ctx, p.Entity, end, country))
                {
                    continue;
                }

                return p.Entity;
            }
        }

        return null;
    }
}
