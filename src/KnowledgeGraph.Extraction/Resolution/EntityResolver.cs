using KnowledgeGraph.Extraction.Mentions;
using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Resolution;

/// <summary>
/// Turns mentions into entities: mentions with the same key are one entity (lexicon aliases
/// and canonical names already share keys: «РК» = «Казахстан»); persons are grouped by
/// <see cref="PersonGrouping"/>. Aliases are the other surface forms, normalised.
/// </summary>
public static class EntityResolver
{
    /// <summary>
    /// The entities by key and the spans taken (a set, not a scan of the entity's mentions: linear in mentions), of this
    /// thread (<see cref="WorkingTables{T}"/>): used again article after article, emptied after each.
    /// </summary>
    private sealed class Tables : IWorkingTables
    {
        public Dictionary<string, Entity> ByKey { get; } = new(StringComparer.Ordinal);

        public HashSet<(string Key, int Start, int End)> Spans { get; } = [];

        public void Clear()
        {
            ByKey.Clear();
            Spans.Clear();
        }
    }

    public static List<Entity> Resolve(MentionContext c)
    {
        using var tables = WorkingTables<Tables>.Take();
        return Resolve(c, tables.Tables.ByKey, tables.Tables.Spans);
    }

    private static List<Entity> Resolve(MentionContext c, Dictionary<string, Entity> byKey, HashSet<(string Key, int Start, int End)> spans)
    {
        var entities = new List<Entity>();
        var mentions = new Resolved(c, entities, byKey, spans);
        // persons as grouped and named, then every other mention with its own key and name
        foreach (var (m, key, name) in PersonGrouping.Name(c))
        {
            mentions.Add(m, key, name);
        }

        foreach (var m in c.Mentions)
        {
            if (m.Label != GraphLabels.Person && m.Key is not null && m.Name is not null)
            {
                mentions.Add(m, m.Key, m.Name);
            }
        }

        foreach (var e in entities)
        {
            e.Mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
            RestoreYo(e);
            RestoreApostrophe(e);
            AddLexiconNames(c, e);
        }

        entities.Sort((a, b) => a.Mentions[0].Start.CompareTo(b.Mentions[0].Start));
        return entities;
    }

    /// <summary>Character offsets of a mention (a part of a token, or whole tokens).</summary>
    public static (int Start, int End) Span(MentionContext c, Mention m) =>
        m.Chars ?? (c.Tokens[m.First].Start, c.Tokens[m.Last - 1].End);

    /// <summary>The entities being made: each mention joins the entity of its key (made at its first mention) with its span, surface and properties.</summary>
    private readonly record struct Resolved(MentionContext C, List<Entity> Entities, Dictionary<string, Entity> ByKey, HashSet<(string Key, int Start, int End)> Spans)
    {
        public void Add(Mention m, string key, string name)
        {
            if (!ByKey.TryGetValue(key, out var e))
            {
                e = new Entity { Key = key, Label = m.Label, Name = name };
                ByKey[key] = e;
                Entities.Add(e);
            }

            var (start, end) = Span(C, m);
            LookupMeter.Add();
            if (Spans.Add((key, start, end)))
            {
                e.Mentions.Add(TextSpan.Of(C.Original, start, end));
            }

            AddCleanAlias(e, C.Normalized.AsSpan(start, end - start));
            if (m.Alias is not null)
            {
                AddCleanAlias(e, m.Alias);
            }

            if (m.HasProperties)
            {
                foreach (var (k, v) in m.Properties)
                {
                    e.Properties.TryAdd(k, v);
                }
            }
        }
    }

    /// <summary>
    /// The other names the lexicon gives a place or body, in the nominative, so that a look-up by any
    /// of them finds it: «Астана» keeps «Нур-Султан», «Казахстан» keeps «Республика Казахстан» and «РК».
    /// </summary>
    private static void AddLexiconNames(MentionContext c, Entity e)
    {
        var lexicon = GraphLabels.Places.Contains(e.Label) ? c.Lexicons.Places : e.Label == GraphLabels.Organization ? c.Lexicons.Organizations : null;
        foreach (var alias in lexicon?.AliasesOf(e.Name) ?? [])
        {
            AddAlias(e, alias);
        }
    }

    /// <summary><see cref="AddAlias"/> of the <see cref="Clean"/> form of <paramref name="surface"/>; a string is made only for a new alias.</summary>
    private static void AddCleanAlias(Entity e, ReadOnlySpan<char> surface)
    {
        if (!IsClean(surface))
        {
            AddAlias(e, Clean(surface.ToString()));
            return;
        }

        if (surface.Length == 0 || surface.SequenceEqual(e.Name))
        {
            return;
        }

        foreach (var a in e.Aliases)
        {
            if (surface.SequenceEqual(a))
            {
                return;
            }
        }

        e.Aliases.Add(surface.ToString());
    }

    /// <summary>Whether <see cref="Clean"/> leaves <paramref name="s"/> as it is: words split by single spaces, no other blank.</summary>
    private static bool IsClean(ReadOnlySpan<char> s) =>
        !s.ContainsAny(CleanBreaks) && !s.Contains("  ", StringComparison.Ordinal) && (s.Length == 0 || (s[0] != ' ' && s[^1] != ' '));

    private static readonly System.Buffers.SearchValues<char> CleanBreaks = System.Buffers.SearchValues.Create("\n\r\t");

    private static void AddAlias(Entity e, string alias)
    {
        if (alias.Length > 0 && !string.Equals(alias, e.Name, StringComparison.Ordinal) && !e.Aliases.Contains(alias, StringComparer.Ordinal))
        {
            e.Aliases.Add(alias);
        }
    }

    /// <summary>
    /// Names are built from the folded text, where «ё» became «е»: put back the «ё» the article wrote
    /// («Мирзиёевым» -> «Мирзиёев», not «Мирзиеев»). A name word takes the «ё» of a mention word that
    /// agrees with it letter for letter up to the last «ё». Keys stay folded.
    /// </summary>
    private static void RestoreYo(Entity e)
    {
        if (!e.Mentions.Exists(m => m.Text.AsSpan().ContainsAny('ё', 'Ё')))
        {
            return;
        }

        var yoWords = e.Mentions.SelectMany(m => m.Text.Split((char[])[' ', '\n', '\r', '\t', '.', '-'], StringSplitOptions.RemoveEmptyEntries))
            .Where(w => w.Contains('ё', StringComparison.Ordinal) || w.Contains('Ё', StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal).ToList();
        if (yoWords.Count == 0)
        {
            return;
        }

        e.Name = WithYo(e.Name, yoWords);
        for (var i = 0; i < e.Aliases.Count; i++)
        {
            e.Aliases[i] = WithYo(e.Aliases[i], yoWords);
        }

        e.Aliases.RemoveAll(a => string.Equals(a, e.Name, StringComparison.Ordinal));
    }

    /// <summary>
    /// The folded text writes every apostrophe «'»: a name takes back the typographic one its mentions wrote
    /// («О’Рейли»), when they wrote one kind only.
    /// </summary>
    private static void RestoreApostrophe(Entity e)
    {
        if (!e.Name.Contains('\'', StringComparison.Ordinal))
        {
            return;
        }

        var written = e.Mentions.SelectMany(m => m.Text).Where(TextNormalizer.IsApostrophe).Distinct().Take(2).ToList();
        if (written is not [var mark] || mark == '\'')
        {
            return;
        }

        e.Name = e.Name.Replace('\'', mark);
        for (var i = 0; i < e.Aliases.Count; i++)
        {
            e.Aliases[i] = e.Aliases[i].Replace('\'', mark);
        }

        e.Aliases.RemoveAll(a => string.Equals(a, e.Name, StringComparison.Ordinal));
    }

    private static string WithYo(string name, List<string> yoWords)
    {
        var chars = name.ToCharArray();
        var start = 0;
        for (var i = 0; i <= chars.Length; i++)
        {
            if (i < chars.Length && char.IsLetter(chars[i]))
            {
                continue;
            }

            foreach (var yo in yoWords)
            {
                var last = Math.Max(yo.LastIndexOf('ё'), yo.LastIndexOf('Ё'));
                if (i - start <= last || !SameLetters(chars.AsSpan(start, last + 1), yo.AsSpan(0, last + 1)))
                {
                    continue;
                }

                for (var k = 0; k <= last; k++)
                {
                    if (yo[k] is 'ё' or 'Ё')
                    {
                        chars[start + k] = char.IsUpper(chars[start + k]) ? 'Ё' : 'ё';
                    }
                }

                break;
            }

            start = i + 1;
        }

        return new string(chars);
    }

    private static bool SameLetters(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        static char Fold(char c) => TextCase.ToLower(c) == 'ё' ? 'е' : TextCase.ToLower(c);
        for (var k = 0; k < a.Length; k++)
        {
            if (Fold(a[k]) != Fold(b[k]))
            {
                return false;
            }
        }

        return true;
    }

    private static string Clean(string s) => string.Join(' ', s.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
}
