using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Relations;

/// <summary>Name comparisons the rules need: folded forms and the canonical (nominative) surface (look-ups by name: <see cref="EntityIndex"/>).</summary>
internal static class Names
{
    /// <summary>Lower case, ё as е, quotes dropped, blanks after initials removed, blanks folded.</summary>
    public static string Fold(string s)
    {
        var sb = new System.Text.StringBuilder(s.Length);
        var space = false;
        foreach (var ch in s)
        {
            var c = TextCase.ToLower(ch);
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
}
