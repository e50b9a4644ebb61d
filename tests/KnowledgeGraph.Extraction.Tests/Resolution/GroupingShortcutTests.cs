using KnowledgeGraph.Extraction.Mentions;
using KnowledgeGraph.Extraction.Naming;
using KnowledgeGraph.Extraction.Resolution;
using KnowledgeGraph.Extraction.Tests.Support;
using KnowledgeGraph.Model;
using KnowledgeGraph.Morphology;

namespace KnowledgeGraph.Extraction.Tests.Resolution;

/// <summary>
/// Person grouping's loops give what the LINQ they replaced gave (kept here as the reference), on every person mention of
/// the sample articles and the regression corpus: the mention's gender evidence gathered once, the surname chosen from a
/// person's forms, the lower-case nominatives of a form, and the persons in the order of their first token.
/// </summary>
public class GroupingShortcutTests
{
    private static readonly List<MentionContext> Contexts = [.. SampleArticles.AndRegressionArticles
        .Select(path => Extractors.Default.Recognize(Extractors.Article(File.ReadAllText(path), path)))];

    private static IEnumerable<(MentionContext Context, Mention Mention)> PersonMentions() =>
        Contexts.SelectMany(c => c.Mentions.Where(m => m.Label == GraphLabels.Person && m.Person is not null).Select(m => (c, m)));

    [Fact]
    public void The_evidence_gathered_once_tells_what_each_question_told()
    {
        var told = 0;
        foreach (var (c, m) in PersonMentions())
        {
            var e = PersonGender.Gather(c, m);
            var allowed = PlainAllowed(c, m.Person!);
            var byForms = allowed switch { 1 => 'm', 2 => 'f', _ => '*' };
            Assert.Equal(byForms, e.ByForms);
            var votes = PlainVotes(c, m);
            var byVerbs = byForms != '*' ? byForms : votes > 0 ? 'm' : votes < 0 ? 'f' : '*';
            Assert.Equal(byVerbs, e.ByFormsOrVerbs);

            // a tally of this one mention: the genders its forms allow (when they allow any), else the verbs' votes
            var tally = new PersonGender.Tally();
            tally.Add(e);
            var kept = (3 & allowed) != 0 ? allowed : 3;
            Assert.Equal(kept != 3 ? (kept == 1 ? 'm' : 'f') : votes > 0 ? 'm' : votes < 0 ? 'f' : '?', tally.Result('?'));
            told += byVerbs != '*' ? 1 : 0;
        }

        Assert.True(told > 100, $"only {told} mentions told a gender");
    }

    [Fact]
    public void The_votes_gathered_once_are_the_votes_of_the_words_beside_the_mention()
    {
        // a mention over every token of the articles: the words on both sides vote
        var single = 0;
        foreach (var c in Contexts)
        {
            for (var k = 0; k < c.Tokens.Count; k++)
            {
                var m = new Mention { First = k, Last = k + 1, Label = GraphLabels.Person, Person = new PersonParts(null, null, null, null, '*') };
                var votes = PlainVotes(c, m);
                Assert.Equal(votes > 0 ? 'm' : votes < 0 ? 'f' : '*', PersonGender.Gather(c, m).ByFormsOrVerbs);
                single += c.Lexicons.Surnames.Morphology.ParseKnown(c.Tokens[k].Text) is [{ Tag.PartOfSpeech: PartOfSpeech.Verb } r] && r.Tag.Has(Grammemes.Past) ? 1 : 0;
            }
        }

        Assert.True(single > 100, $"only {single} words read only as a past-tense verb (the shortcut's case)");
    }

    [Fact]
    public void The_surname_chosen_is_the_one_the_grouping_chose()
    {
        var surnames = Extractors.Default.Lexicons.Surnames;
        var forms = PersonMentions().Select(x => x.Mention.Person!.SurnameForm).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        Assert.True(forms.Count > 200, $"only {forms.Count} surname forms");
        foreach (var form in forms)
        {
            Assert.Equal(surnames.Candidates(form).Select(x => TextCase.ToLower(x.Nominative)).Distinct(StringComparer.Ordinal), surnames.LowerNominatives(form));
        }

        // one person's forms: a form with its case forms and repeats, and random handfuls (more than eight: the set's path)
        var random = new Random(13);
        var sets = forms.Select(f => new List<string> { f, f + "а", f, f + "у", f[..^1] })
            .Concat(Enumerable.Range(0, 400).Select(_ => Enumerable.Range(0, random.Next(1, 14)).Select(_ => forms[random.Next(forms.Count)]).ToList()));
        foreach (var set in sets)
        {
            foreach (var gender in "*mf")
            {
                Assert.Equal(PlainChoose(surnames, set, gender), surnames.Choose(set, gender));
            }
        }
    }

    [Fact]
    public void Persons_come_in_the_order_of_a_stable_sort_by_first_token()
    {
        var random = new Random(7);
        var shuffledOnes = 0;
        foreach (var path in SampleArticles.AndRegressionArticles)
        {
            var c = Extractors.Default.Recognize(Extractors.Article(File.ReadAllText(path), path));
            Assert.Equal(Plain(c), PersonGrouping.PersonsInOrder(c));
            if (c.Mentions.FirstOrDefault(m => m.Label == GraphLabels.Person && m.Person is not null) is not { } person)
            {
                continue;
            }

            // the same mentions found in another order, two of them at one token: the sorting path
            c.Mentions.Add(new Mention { First = person.First, Last = person.Last, Label = person.Label, Person = person.Person! with { } });
            var shuffled = c.Mentions.OrderBy(_ => random.Next()).ToList();
            c.Mentions.Clear();
            c.Mentions.AddRange(shuffled);
            Assert.Equal(Plain(c), PersonGrouping.PersonsInOrder(c));
            shuffledOnes++;
        }

        Assert.True(shuffledOnes > 5, $"only {shuffledOnes} articles with persons");

        static List<Mention> Plain(MentionContext c) => [.. c.Mentions.Where(m => m.Label == GraphLabels.Person && m.Person is not null).OrderBy(m => m.First)];
    }

    // the gender bits of the mention's forms, as worked out before (1 a man's, 2 a woman's, 3 either)
    private static int PlainAllowed(MentionContext c, PersonParts p)
    {
        var forms = c.Lexicons.Surnames;
        static int Bits(char gender) => gender switch { 'm' => 1, 'f' => 2, _ => 3 };
        var given = 3;
        if (p.GivenForm is { } written && c.Lexicons.GivenNames.Readings(written).Aggregate(0, (bits, r) => bits | Bits(r.Gender)) is > 0 and var read)
        {
            given = read;
        }
        else if (p.Given is not null)
        {
            given = Bits(p.Gender);
        }

        var surname = 0;
        if (p.SurnameForm is { } form && !p.Transcription)
        {
            surname = forms.Candidates(form).Aggregate(0, (bits, x) => x.Gender == '*' || x.Rank != SurnameForms.StrongRank ? bits : bits | Bits(x.Gender));
            var oblique = forms.Candidates(form).Any(x => x.Rank == SurnameForms.StrongRank && !string.Equals(x.Nominative, form, StringComparison.OrdinalIgnoreCase));
            if (new[] { "ова", "ева", "ёва", "ина", "ына", "ская", "цкая" }.Any(e => form.EndsWith(e, StringComparison.OrdinalIgnoreCase))
                || (surname == 1 && form.EndsWith('а') && forms.Candidates(form).Any(x => x.Gender == 'f' && string.Equals(x.Nominative, form, StringComparison.Ordinal))))
            {
                surname |= 2;
            }
            else if (!oblique && !"аеёиоуыэюяьй".Contains(TextCase.ToLower(form[^1])))
            {
                surname = 3;
            }
        }

        surname = surname == 0 ? 3 : surname;
        return (given & surname) != 0 ? given & surname : given;
    }

    private static int PlainVotes(MentionContext c, Mention m)
    {
        var morphology = c.Lexicons.Surnames.Morphology;
        var t = c.Tokens;
        bool NominativeNoun(int k) => k >= 0 && t[k].IsWord && morphology.ParseKnown(t[k].Text) is { Count: > 0 } readings
                                      && readings[0].Tag is { PartOfSpeech: PartOfSpeech.Noun, Case: Case.Nominative };
        int Vote(int k)
        {
            if (k < 0 || k >= t.Count || !t[k].IsWord || t[k].IsCapitalized)
            {
                return 0;
            }

            var readings = morphology.ParseKnown(t[k].Text);
            if (readings.Count == 0 || readings[0].Tag.PartOfSpeech != PartOfSpeech.Verb || !readings[0].Tag.Has(Grammemes.Past))
            {
                return 0;
            }

            var genders = readings.Where(r => r.Tag.PartOfSpeech == PartOfSpeech.Verb && r.Tag.Has(Grammemes.Past)).Select(r => r.Tag.Gender).Distinct().ToList();
            return genders.Count != 1 ? 0 : genders[0] == Gender.Masculine ? 1 : genders[0] == Gender.Feminine ? -1 : 0;
        }

        return (NominativeNoun(m.First - 1) ? 0 : Vote(m.Last)) + Vote(m.First - 1);
    }

    private static (string Nominative, char Gender) PlainChoose(SurnameForms surnames, IReadOnlyCollection<string> forms, char gender)
    {
        var scores = new Dictionary<string, (int Support, int Rank, char Gender)>(StringComparer.Ordinal);
        foreach (var form in forms.Distinct(StringComparer.Ordinal))
        {
            var votes = surnames.Candidates(form).Where(x => gender == '*' || x.Gender == '*' || x.Gender == gender)
                .GroupBy(x => x.Nominative, StringComparer.Ordinal)
                .Select(v => (Nominative: v.Key, Rank: v.Min(x => x.Rank), Gender: v.Select(x => x.Gender).FirstOrDefault(x => x != '*', '*')));
            foreach (var (nom, rank, g) in votes)
            {
                var s = scores.TryGetValue(nom, out var old) ? old : (Support: 0, Rank: int.MaxValue, Gender: '*');
                scores[nom] = (s.Support + 1, Math.Min(s.Rank, rank), s.Gender == '*' ? g : s.Gender);
            }
        }

        foreach (var form in forms.Distinct(StringComparer.Ordinal))
        {
            if (SurnameForms.ConsonantStem(form) is { } stem && !string.Equals(stem, form, StringComparison.Ordinal) && scores.TryGetValue(stem, out var s)
                && !surnames.Candidates(form).Any(x => string.Equals(x.Nominative, stem, StringComparison.Ordinal)))
            {
                scores[stem] = (s.Support + 1, s.Rank, s.Gender);
            }
        }

        var best = scores
            .OrderByDescending(kv => kv.Value.Rank > SurnameForms.KeepRank && kv.Value.Support == 1 ? 0 : kv.Value.Support)
            .ThenBy(kv => kv.Value.Rank)
            .First();
        return (best.Key, best.Value.Gender);
    }
}
