using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Relations;

/// <summary>Name comparisons the rules need: folded forms, canonical (nominative) surface, lookup by name.</summary>
internal static class Names
{
    /// <summary>Lower case, ё as е, quotes dropped, blanks after initials removed, blanks folded.</summary>
    public static string Fold(string s)
    {
        var sb = new System.Text.StringBuilder(s.Length);
        var space = false;
        foreach (var ch in s)
        {
            var c = char.ToLowerInvariant(ch);
            if (c is '«' or '»' or '"' or '“' or '”' or '„' or '\'')
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0 && sb[^1] != '.';
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c == 'ё' ? 'е' : Tokenizer.IsHyphen(c) ? '-' : c);
        }

        return sb.ToString();
    }

    /// <summary>
    /// Whether the surface form is the entity's canonical name or one of its aliases: then it may be
    /// a nominative (a subject); an inflected form («Вашингтона») cannot be.
    /// </summary>
    public static bool IsCanonicalForm(Entity e, string surface)
    {
        var f = Fold(surface);
        if (f == Fold(e.Name))
        {
            return true;
        }

        foreach (var a in e.Aliases)
        {
            if (f == Fold(a))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The document's entity of one of the labels whose name or alias folds to <paramref name="name"/>.</summary>
    public static Entity? Find(IEnumerable<Entity> entities, string name, params string[] labels)
    {
        var f = Fold(name);
        return entities.FirstOrDefault(e => labels.Contains(e.Label)
            && (Fold(e.Name) == f || e.Aliases.Exists(a => Fold(a) == f)));
    }

    /// <summary>The document's entities of one of the labels whose name or alias starts with <paramref name="prefix"/>.</summary>
    public static IEnumerable<Entity> WithPrefix(IEnumerable<Entity> entities, string prefix, params string[] labels)
    {
        var f = Fold(prefix);
        return entities.Where(e => labels.Contains(e.Label)
            && (Fold(e.Name).StartsWith(f, StringComparison.Ordinal) || e.Aliases.Exists(a => Fold(a).StartsWith(f, StringComparison.Ordinal))));
    }
}
