using KnowledgeGraph.Extraction.Lexicons;

namespace KnowledgeGraph.Extraction.Naming;

/// <summary>
/// Surname declension as data: rows «case ending | nominative ending | gender» in order of
/// preference, '-' for an empty ending. The row «= | = | *» stands for "the form is already
/// the nominative": rows above it win over keeping the form, rows below it only when another
/// mention of the same person supports them. The nominative of a person's surname is chosen
/// from all the forms the article uses.
/// </summary>
public sealed class SurnameTable
{
    private readonly record struct Row(string Ending, string Nominative, char Gender, int Rank);

    private readonly List<Row> _rows;
    private readonly int _keepRank;

    private SurnameTable(List<Row> rows, int keepRank)
    {
        _rows = rows;
        _keepRank = keepRank;
    }

    /// <summary>The rank of reading a form as it is; candidates ranked above it are strong readings.</summary>
    public int KeepRank => _keepRank;

    public static SurnameTable Load(string path)
    {
        var rows = new List<Row>();
        var keep = -1;
        foreach (var f in LexiconFile.Read(path))
        {
            if (f[0] == "=")
            {
                keep = rows.Count;
                continue;
            }

            rows.Add(new Row(f[0] == "-" ? string.Empty : f[0], f.Length > 1 && f[1] != "-" ? f[1] : string.Empty, f.Length > 2 ? f[2][0] : '*', rows.Count));
        }

        return new SurnameTable(rows, keep < 0 ? rows.Count : keep);
    }

    /// <summary>The nominatives a surface form may come from, with the gender each implies and a rank (lower is better).</summary>
    public IEnumerable<(string Nominative, char Gender, int Rank)> Candidates(string form)
    {
        yield return (form, '*', _keepRank);
        foreach (var r in _rows)
        {
            if (form.Length - r.Ending.Length < 3 || !form.EndsWith(r.Ending, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var stem = form[..^r.Ending.Length];
            if (r.Nominative.Length == 0 && !IsConsonant(stem[^1]))
            {
                continue;
            }

            yield return (stem + r.Nominative, r.Gender, r.Rank < _keepRank ? r.Rank : r.Rank + 1);
        }
    }

    /// <summary>
    /// The nominative best supported by all <paramref name="forms"/> of one surname:
    /// most forms producing it, then the best rank. <paramref name="gender"/> ('m', 'f' or '*') filters rows.
    /// </summary>
    public (string Nominative, char Gender) Choose(IReadOnlyCollection<string> forms, char gender)
    {
        var scores = new Dictionary<string, (int Support, int Rank, char Gender)>(StringComparer.Ordinal);
        foreach (var form in forms.Distinct(StringComparer.Ordinal))
        {
            foreach (var (nom, g, rank) in Candidates(form))
            {
                if (gender != '*' && g != '*' && g != gender)
                {
                    continue;
                }

                var s = scores.TryGetValue(nom, out var old) ? old : (Support: 0, Rank: int.MaxValue, Gender: '*');
                scores[nom] = (s.Support + 1, Math.Min(s.Rank, rank), s.Gender == '*' ? g : s.Gender);
            }
        }

        // a row below the keep row alone does not beat keeping the form
        var best = scores
            .OrderByDescending(kv => kv.Value.Rank > _keepRank && kv.Value.Support == 1 ? 0 : kv.Value.Support)
            .ThenBy(kv => kv.Value.Rank)
            .First();
        return (best.Key, best.Value.Gender);
    }

    private static bool IsConsonant(char c) => char.IsLetter(c) && "аеёиоуыэюяьйaeiouy".IndexOf(char.ToLowerInvariant(c), StringComparison.Ordinal) < 0;
}
