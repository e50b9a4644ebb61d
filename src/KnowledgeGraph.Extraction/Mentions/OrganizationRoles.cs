using KnowledgeGraph.Extraction.Naming;
using KnowledgeGraph.Model;
using KnowledgeGraph.Morphology;

namespace KnowledgeGraph.Extraction.Mentions;

/// <summary>
/// A part, the leadership or the voice of a body named with the body (org-roles.txt): «правление
/// Сбербанка», «совет директоров «Газпрома»», «правительство Таиланда», «пресс-служба президента Украины».
/// The whole phrase is one organisation, named with the role in the nominative and the rest as
/// written, and keyed on the role and the body's canonical name, so every case form is one entity;
/// the body inside keeps a mention of its own.
/// </summary>
public static class OrganizationRoles
{
    /// <summary>The role phrase starting at <paramref name="i"/>, or null; an organisation inside is added to the context.</summary>
    public static Mention? At(MentionContext c, int i, Func<MentionContext, int, Mention?> organizationAt)
    {
        var t = c.Tokens;
        if (WithCountryAdjective(c, i) is { } national)
        {
            return national;
        }

        if (c.Lexicons.OrgRoles.LongestAt(t, i) is not { } role || !c.IsFree(i, role.End) || role.End >= t.Count || !c.SameSentence(i, role.End))
        {
            return null;
        }

        // «председатель правления компании X», «директор филиала …»: the position is held at the body itself
        if (i > 0 && c.SameSentence(i - 1, i) && c.Lexicons.Positions.LongestAt(t, i - 1) is { } held && held.End == i)
        {
            return null;
        }

        // «Женская сборная Казахстана»: an adjective in front names a body of its own, read by the head-noun rule
        if (i > 0 && c.SameSentence(i - 1, i) && t[i - 1].IsWord && PhraseInflection.LooksLikeAdjective(t[i - 1].Text))
        {
            return null;
        }

        var tags = role.Entry.Tags;
        var roleName = RoleName(c, i, role.End, role.Entry.Canonical);
        var j = role.End;
        var quoted = t[j].Is('«') || t[j].Is('"');
        var k = quoted ? j + 1 : j;

        if (tags.Contains('o', StringComparison.Ordinal) && k < t.Count && c.IsFree(k, k + 1) && organizationAt(c, k) is { } body)
        {
            var last = body.Last;
            if (quoted && (last >= t.Count || c.ClosingQuote(j) != last))
            {
                return null;
            }

            c.Add(body);
            last += quoted ? 1 : 0;
            return Org(c, i, last, roleName + " " + c.Surface(j, last), roleName + " " + body.Name);
        }

        if (tags.Contains('c', StringComparison.Ordinal) && c.Lexicons.Places.LongestAt(t, j, GraphLabels.Country) is { } country && c.IsFree(j, country.End))
        {
            return Org(c, i, country.End, roleName + " " + c.Surface(j, country.End), roleName + " " + country.Entry.Canonical);
        }

        // «пресс-служба президента Украины», «администрация президента Обамы»
        if (tags.Contains('д', StringComparison.Ordinal) && !t[j].IsCapitalized && c.Lexicons.Positions.LongestAt(t, j) is { } position && position.End < t.Count)
        {
            var p = position.End;
            if (c.Lexicons.Places.LongestAt(t, p, GraphLabels.Country) is { } of && c.IsFree(p, of.End))
            {
                return Org(c, i, of.End, roleName + " " + c.Surface(j, of.End), roleName + " " + position.Entry.Canonical + " " + of.Entry.Canonical);
            }

            var end = p;
            while (end < t.Count && c.OwnerOf(end) == GraphLabels.Person && c.SameSentence(p, end))
            {
                end++;
            }

            if (end > p)
            {
                return Org(c, i, end, roleName + " " + c.Surface(j, end), null);
            }
        }

        // «правительство», «парламент» alone: the article's own country's
        if (tags.Contains('h', StringComparison.Ordinal) && c.HomeCountry is { Length: > 0 } home && Bare(c, i, j, tags.Length > 0 ? tags[0] : 'm'))
        {
            return Org(c, i, role.End, roleName + " " + Genitive.OfName(home), roleName + " " + home);
        }

        return null;
    }

    // «американское правительство», «российской сборной»: the country's body, named and keyed as «правительство США»
    private static Mention? WithCountryAdjective(MentionContext c, int i)
    {
        var t = c.Tokens;
        if (c.Lexicons.CountryAdjectives.LongestAt(t, i) is not { } adjective || adjective.End != i + 1 || i + 1 >= t.Count || !c.SameSentence(i, i + 1)
            || c.Lexicons.OrgRoles.LongestAt(t, i + 1) is not { } role || !role.Entry.Tags.Contains('c', StringComparison.Ordinal) || !c.IsFree(i, role.End))
        {
            return null;
        }

        var roleName = TextCase.ToLower(RoleName(c, i + 1, role.End, role.Entry.Canonical));
        var country = adjective.Entry.Canonical;
        return Org(c, i, role.End, roleName + " " + Genitive.OfName(country), roleName + " " + country);
    }

    // nothing names whose body it is: no name after it, no adjective before it («японское правительство»,
    // «Московские власти», «новое правительство» are read elsewhere or left alone)
    private static bool Bare(MentionContext c, int i, int j, char gender)
    {
        var t = c.Tokens;
        if (j < t.Count && c.SameSentence(i, j) && (t[j].IsCapitalized || t[j].Is('«') || t[j].Is('"') || t[j].Kind == Text.TokenKind.Number))
        {
            return false;
        }

        if (i > 0 && c.SameSentence(i - 1, i) && t[i - 1].IsWord
            && (PhraseInflection.LooksLikeAdjective(t[i - 1].Text) || c.Lexicons.CountryAdjectives.LongestAt(t, i - 1) is not null))
        {
            return false;
        }

        // «органов власти», «символ власти»: after a noun the word is power in general, not the country's body;
        // «главы правительств»: the plural of a singular head is many governments
        var morph = PhraseNominative.AnalyzerFor(c.Lexicons);
        var nouns = morph.Parse(t[i].Text).Where(r => r.Tag.PartOfSpeech == PartOfSpeech.Noun).ToList();
        if (gender != 'p' && nouns.Count > 0 && nouns.All(r => r.Tag.Number == Number.Plural))
        {
            return false;
        }

        return i == 0 || !c.SameSentence(i - 1, i) || !t[i - 1].IsWord || !IsNoun(morph, t[i - 1].Text);
    }

    private static bool IsNoun(MorphAnalyzer morph, string word) =>
        morph.Parse(word) is { Count: > 0 } readings && readings[0].Tag.PartOfSpeech == PartOfSpeech.Noun && !readings.Any(r => r.Tag.PartOfSpeech is PartOfSpeech.Preposition or PartOfSpeech.Verb);

    // the role in the nominative, the case of its first letter kept: «Пресс-службы» -> «Пресс-служба»,
    // «наблюдательного совета» -> «наблюдательный совет»
    private static string RoleName(MentionContext c, int first, int last, string canonical)
    {
        var words = canonical.Split(' ');
        if (words.Length == last - first)
        {
            for (var k = 0; k < words.Length; k++)
            {
                words[k] = PhraseInflection.MatchCase(words[k], c.Tokens[first + k].Text);
            }
        }

        return string.Join(' ', words);
    }

    private static Mention Org(MentionContext c, int first, int last, string name, string? keyName) =>
        new()
        {
            First = first,
            Last = last,
            Label = GraphLabels.Organization,
            Name = name,
            Key = MentionKeys.For(GraphLabels.Organization, keyName ?? name),
            Alias = c.Surface(first, last),
        };
}
