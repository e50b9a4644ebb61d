using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Relations;

/// <summary>
/// Titles: «Президент РК К.Токаев», «министр иностранных дел России Сергей Иванов», «члены
/// Конгресса США А, Б и В» (title before the name, coordinated names share it) and «Сергей Иванов,
/// министр обороны России» (apposition). The title's lexicon entry gives the type: HOLDS_POSITION
/// (with property title), MEMBER_OF, REPRESENTS or AFFILIATED_WITH. The end is found by TitleBodies.
/// The apposition reading is tried first, so «А - директор X, Б - директор Y» pairs each title with
/// the name before it; posts («занял пост министра») take the clause's subject, or the person after
/// the verb («Место спикера X занял Б»).
/// Notes for the next engineer: most Occupation facts still missed on factRu dev have no entity for
/// the body («сборной», «вооружённых сил», clubs, «Минкомсвязи») or no name in the sentence
/// («Премьер-министр Израиля заявил») — coreference, not a title construction.
/// </summary>
internal sealed class PositionRule : IRelationRule
{
    private const double Confidence = 0.8;
    private const int MaxTitleWords = 14;
    private const int MaxCommas = 2;
    private const int MaxLeadWords = 5;

    public void Apply(RelationContext ctx, SentenceView v)
    {
        var lx = ctx.Lexicons;
        var nobody = TitleCoreference.NamesNobody(v);
        var taken = nobody ? new HashSet<string>(StringComparer.Ordinal) : null; // only a sentence naming nobody uses it
        for (var i = 0; i < v.Tokens.Count; i++)
        {
            // a title may open an organisation's name («мэрия Москвы» read from «мэра Москвы»)
            if (v.MentionAt(i) is { } inside && inside.Label != GraphLabels.Event
                && !(inside.First == i && inside.Label == GraphLabels.Organization && v.Longest(lx.Positions, i) is not null))
            {
                i = inside.Last;
                continue;
            }

            // «под председательством», «во главе с»: an abstract noun or an idiom, not a title
            if (v.Longest(lx.Positions, i) is not { } title
                || v.TitleNoun(TitleForms.Head(v, title), lx.Positions).Nominative.EndsWith("ств", StringComparison.Ordinal)
                || v.TitleNoun(TitleForms.Head(v, title), lx.Positions).Nominative.EndsWith("ство", StringComparison.Ordinal)
                || (v.Word(i) == "главе" && v.Word(i - 1) == "во" && v.Word(i + 1) is "с" or "со"))
            {
                continue;
            }

            // «был генерал-майор МЧС Петр Лосев»: a copula with no subject leaves the title to the name after it
            // after a post word or a copula the title is never nominative: «станет глава партии X Б» is B's
            var ofPost = lx.Is("post", v.Word(i - 1)) && !TitleForms.IsNominative(v, TitleForms.Head(v, title), lx.Positions)
                && TitleOfPost(ctx, v, title);
            if (nobody)
            {
                TitleCoreference.Resolve(ctx, v, title, taken!);
            }
            else if (!ofPost && !TitleAfterName(ctx, v, title))
            {
                TitleBeforeName(ctx, v, title);
            }

            i = title.Last;
        }
    }

    private static bool TitleBeforeName(RelationContext ctx, SentenceView v, TriggerMatch title)
    {
        var lx = ctx.Lexicons;
        var commas = 0;
        var words = 0;
        var bodies = new List<MentionRef>();
        var nominative = TitleForms.IsNominative(v, TitleForms.Head(v, title), lx.Positions);
        var chainAt = -1; // where a second title of the same person begins («глава X, депутат Y Иван Петров»)
        for (var k = title.Next; k < v.Tokens.Count; k++)
        {
            if (v.MentionAt(k) is { } m)
            {
                if (m.IsPerson)
                {
                    // «архиепископ Иван Петров (РПЦ)»: a bracketed organisation right after the name
                    if (bodies.Count == 0 && Bracketed(v, m.Last + 1) is { Label: GraphLabels.Organization } org)
                    {
                        bodies.Add(org);
                    }

                    // a chain of titles: this one's body lies before the next title, when it has one there
                    // («глава и совладелец X» share X; «министр, глава комиссии X» do not)
                    var limit = chainAt >= 0 && (AnyEndingBefore(bodies, chainAt) || v.Word(chainAt) != "и") ? chainAt : m.First;
                    var end = TitleBodies.Find(ctx, v, title, limit, chainAt >= 0 ? EndingBefore(bodies, limit) : bodies);
                    if (end is null)
                    {
                        return true;
                    }

                    var people = Phrases.CoordinatedPeople(v, m, lx);
                    if (!Agrees(v, lx, title, nominative, people))
                    {
                        return true;
                    }

                    var text = TitleText(ctx, v, TitleForms.Start(v, lx.Positions, title), Math.Min(limit, chainAt >= 0 ? chainAt : limit));
                    foreach (var p in people)
                    {
                        Emit(ctx, v, title.Pattern.Value, p.Entity, end, text);
                    }

                    return true;
                }

                if (m.Label != GraphLabels.Event)
                {
                    bodies.Add(m);
                }

                k = m.Last;
                continue;
            }

            var t = v.Tokens[k];
            if (t.Lower == "," && ++commas <= MaxCommas)
            {
                continue;
            }

            // «Генеральный секретарь Союза рыбаков (СР) Иван Петров»: a bracketed abbreviation of the body
            if (t.Lower == "(" && v.MentionAt(k + 1) is { Label: GraphLabels.Organization } abbr && v.Word(abbr.Last + 1) == ")")
            {
                k = abbr.Last + 1;
                continue;
            }

            if (!t.IsWord && t.Lower is not ("«" or "»" or "\""))
            {
                return false;
            }

            if (t.IsWord && (lx.Is("breaker", t.Lower) || VerbGuess.LooksLikeVerb(t.Lower) || ++words > MaxTitleWords))
            {
                return false;
            }

            if (t.IsWord && v.Longest(lx.Positions, k) is not null)
            {
                var startOfNext = Adjectives.StartBefore(v, k);
                var coordinated = v.Word(startOfNext - 1) is "," or "и";
                if (NewTitle(lx, v, k) && !nominative)
                {
                    return false;
                }

                // «управляющий директор»: a title right after another is one compound title, not a chain
                if ((coordinated || NewTitle(lx, v, k)) && chainAt < 0 && startOfNext > title.Next)
                {
                    chainAt = v.Word(startOfNext - 1) is "," or "и" ? startOfNext - 1 : startOfNext;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The bodies ending before token <paramref name="at"/>, in order (a method of its own: lambdas over the method's
    /// locals made their closure at every call of TitleBeforeName, chain or not).
    /// </summary>
    private static List<MentionRef> EndingBefore(List<MentionRef> bodies, int at) => bodies.FindAll(b => b.Last < at);

    /// <summary>Whether some body ends before token <paramref name="at"/> (asked without gathering them).</summary>
    private static bool AnyEndingBefore(List<MentionRef> bodies, int at) => bodies.Exists(b => b.Last < at);

    /// <summary>
    /// «на встрече с депутатами Сейма Иван Петров заявил»: a plural title is not one person's, and a title
    /// after «с» is not held by a name in the nominative followed by its verb: that name is the clause's subject.
    /// </summary>
    private static bool Agrees(SentenceView v, RelationLexicons lx, TriggerMatch title, bool nominative, List<MentionRef> people)
    {
        var ending = v.TitleNoun(TitleForms.Head(v, title), lx.Positions).Ending;
        var plural = TitleForms.IsPluralEnding(ending);
        if (plural && people.Count == 1)
        {
            return false;
        }

        var last = people[^1];
        var withWhom = lx.Is("with", v.Word(TitleForms.Start(v, lx.Positions, title) - 1));
        var instrumental = v.Word(last.Last) is { Length: > 3 } w && (w.EndsWith("ом", StringComparison.Ordinal) || w.EndsWith("ым", StringComparison.Ordinal)
            || w.EndsWith("им", StringComparison.Ordinal) || w.EndsWith("ем", StringComparison.Ordinal));
        return nominative || !withWhom || instrumental || !last.LooksNominative || !VerbGuess.LooksLikeVerb(v.Word(last.Last + 1));
    }

    /// <summary>
    /// A title in the nominative singular opens a new phrase: in «с корреспондентом газеты X лидер
    /// движения Y Иван Петров» the name belongs to «лидер», not to «корреспондентом». A title in an
    /// oblique case («глава администрации президента») continues the phrase, and so does one coordinated
    /// with the first («глава X и совладелец Y Иван Петров», «лидер X, народный депутат Y Иван Петров»).
    /// </summary>
    private static bool NewTitle(RelationLexicons lx, SentenceView v, int k)
    {
        var w = v.Word(k);
        return w.Length > 2 && !"аяыиуюеоёй".Contains(w[^1], StringComparison.Ordinal)
            && !(w.EndsWith("ов", StringComparison.Ordinal) || w.EndsWith("ев", StringComparison.Ordinal) || w.EndsWith('м') || w.EndsWith('х'))
            && v.Longest(lx.Positions, k) is not null
            && v.Word(Adjectives.StartBefore(v, k) - 1) is not ("," or "и");
    }

    /// <summary>
    /// «Сергей Иванов, министр обороны России»: a person, a comma or dash, the title, then its body up to
    /// the clause's end. Tried before the title-before-name reading, so that in «А - директор X, Б - директор Y»
    /// each title stays with the name before it. False (not an apposition) when no person precedes or
    /// another person follows the title within the clause («А, капитан клуба X Б»).
    /// </summary>
    private static bool TitleAfterName(RelationContext ctx, SentenceView v, TriggerMatch title)
    {
        var lx = ctx.Lexicons;
        var titleStart = TitleForms.Start(v, lx.Positions, title);
        var sep = SeparatorBefore(v, lx, titleStart - 1);
        var caption = Caption(ctx, v, titleStart);
        if (caption is null && (v.Word(sep) is not ("," or "-" or "(") || PersonEndingAt(v, sep - 1) is not { } _))
        {
            return false;
        }

        var person = caption ?? PersonEndingAt(v, sep - 1)!;
        sep = caption is null ? sep : titleStart - 1;

        var bodies = new List<MentionRef>();
        var words = 0;
        var k = title.Next;
        for (; k < v.Tokens.Count; k++)
        {
            if (v.MentionAt(k) is { } m)
            {
                if (m.IsPerson)
                {
                    return false;
                }

                bodies.Add(m);
                k = m.Last;
                continue;
            }

            var t = v.Tokens[k];
            if (!t.IsWord && t.Lower is not ("«" or "»" or "\""))
            {
                break;
            }

            if (t.IsWord && (lx.Is("breaker", t.Lower) || VerbGuess.LooksLikeVerb(t.Lower) || ++words > MaxTitleWords))
            {
                break;
            }
        }

        if (TitleBodies.Find(ctx, v, title, k, bodies) is { } end)
        {
            Emit(ctx, v, title.Pattern.Value, person.Entity, end, TitleText(ctx, v, sep + 1, k));
        }

        return true;
    }

    /// <summary>
    /// «Иван Петров Президент Росстата»: a caption line, the name and a capitalised title with no mark between, the
    /// sentence ending with the title's phrase. The person, or null when the title is not such a caption.
    /// </summary>
    private static MentionRef? Caption(RelationContext ctx, SentenceView v, int titleStart)
    {
        if (titleStart == 0 || !char.IsUpper(ctx.Document.Article.Text[v.Tokens[titleStart].Start])
            || PersonEndingAt(v, titleStart - 1) is not { } person || person.First != 0)
        {
            return null;
        }

        // nothing after the last body but the full stop
        var last = v.Tokens.Count - 1;
        while (last > titleStart && v.Word(last) is "." or "»" or "\"")
        {
            last--;
        }

        return v.MentionAt(last) is { } body && !body.IsPerson ? person : null;
    }

    /// <summary>
    /// The separator after the name an apposition belongs to, looking past what may stand between:
    /// «Иван Петров, один из основателей X», «Иван Петров - политик и лидер партии X», «Ивана Петрова,
    /// известного историка, члена палаты X». <paramref name="at"/> is the token before the title.
    /// </summary>
    private static int SeparatorBefore(SentenceView v, RelationLexicons lx, int at)
    {
        if (v.Word(at) == "из" && (v.Word(at - 1) == "один" || v.Word(at - 1).StartsWith("одн", StringComparison.Ordinal)))
        {
            return at - 2;
        }

        if (v.Word(at) is not ("и" or ",") || (v.Word(at) == "," && PersonEndingAt(v, at - 1) is not null))
        {
            return at;
        }

        for (var j = at - 1; j >= 0 && at - j <= MaxLeadWords; j--)
        {
            if (v.Word(j) is "," or "-" or "(")
            {
                return PersonEndingAt(v, j - 1) is not null ? j : at;
            }

            if (v.MentionAt(j) is not null || !v.Tokens[j].IsWord || lx.Is("breaker", v.Word(j)) || VerbGuess.LooksLikeVerb(v.Word(j)))
            {
                break;
            }
        }

        return at;
    }

    /// <summary>The person mention ending at token <paramref name="last"/>, or before a bracketed form of it: «Джон Смит (John Smith)».</summary>
    private static MentionRef? PersonEndingAt(SentenceView v, int last)
    {
        if (v.Word(last) == ")" && v.MentionBefore(last) is { IsPerson: true } inner
            && inner.Last == last - 1 && v.Word(inner.First - 1) == "(")
        {
            last = inner.First - 2;
        }

        return v.MentionBefore(last + 1) is { IsPerson: true } person && person.Last == last ? person : null;
    }

    /// <summary>
    /// The mention in brackets starting at token <paramref name="open"/>: «(ЮНЕСКО)», or with one word of its
    /// name the entity stages left out: «(РПЦ МП)».
    /// </summary>
    private static MentionRef? Bracketed(SentenceView v, int open) =>
        v.Word(open) == "(" && v.MentionAt(open + 1) is { } m
        && (v.Word(m.Last + 1) == ")" || (v.Word(m.Last + 2) == ")" && v.Tokens[m.Last + 1].IsWord && v.MentionAt(m.Last + 1) is null))
            ? m : null;

    /// <summary>
    /// «Иван Петров занял пост министра обороны России»: the subject of the clause takes the post;
    /// «Пост министра обороны занял генерал Иван Петров»: with no subject before, the one after the verb.
    /// </summary>
    private static bool TitleOfPost(RelationContext ctx, SentenceView v, TriggerMatch title)
    {
        // «стала кандидатом на пост главы X», «претендует на пост»: a post sought is not held
        for (var j = title.First - 2; j >= 0 && j >= title.First - 4; j--)
        {
            if (v.Word(j).StartsWith("кандидат", StringComparison.Ordinal) || v.Word(j).StartsWith("претенд", StringComparison.Ordinal)
                || v.Word(j).StartsWith("баллотир", StringComparison.Ordinal))
            {
                return true;
            }
        }

        var subjects = Phrases.SubjectsBefore(v, title.First - 1, 6, ctx.Lexicons).Where(s => s.IsPerson).ToList();
        var bodies = new List<MentionRef>();
        var k = title.Next;
        for (; k < v.Tokens.Count && k - title.Next <= MaxTitleWords; k++)
        {
            if (v.MentionAt(k) is { } m && !m.IsPerson)
            {
                bodies.Add(m);
                k = m.Last;
            }
            else if (!v.Tokens[k].IsWord || ctx.Lexicons.Is("breaker", v.Word(k)) || VerbGuess.LooksLikeVerb(v.Word(k)))
            {
                break;
            }
        }

        if (subjects.Count == 0 && VerbGuess.LooksLikeVerb(v.Word(k)))
        {
            subjects.AddRange(Phrases.ObjectsAfter(v, k + 1, 2, ctx.Lexicons).Select(c => c.Head).Where(h => h.IsPerson && h.LooksNominative));
        }

        if (subjects.Count == 0)
        {
            return false;
        }

        if (TitleBodies.Find(ctx, v, title, k, bodies) is { } end)
        {
            foreach (var s in subjects)
            {
                Emit(ctx, v, title.Pattern.Value, s.Entity, end, TitleText(ctx, v, title.First, k));
            }
        }

        return true;
    }

    private static void Emit(RelationContext ctx, SentenceView v, string type, Entity person, Entity end, string title)
    {
        // «народный депутат Украины»: one is a member of a body, and holds a seat in a place
        if (type == RelationshipTypes.MemberOf && GraphLabels.Places.Contains(end.Label))
        {
            type = RelationshipTypes.HoldsPosition;
        }

        if (type == RelationshipTypes.HoldsPosition)
        {
            ctx.Sink.Add(type, person, end, v.Evidence, Confidence, title);
        }
        else if (type != RelationshipTypes.AffiliatedWith || end.Label == GraphLabels.Organization)
        {
            ctx.Sink.Add(type, person, end, v.Evidence, Confidence);
        }
    }

    private static string TitleText(RelationContext ctx, SentenceView v, int first, int next) =>
        TitleForms.Phrase(v, ctx.Document.Article.Text, ctx.Lexicons.Positions, first, next);
}
