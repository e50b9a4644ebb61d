using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Relations;

/// <summary>Name comparisons the rules need: folded forms and the canonical (nominative) surface (look-ups by name: <see cref="EntityIndex"/>).</summary>
internal static class Names
{
    private const int StackLimit = 256;

    /// <summary>Lower case, ё as е, quotes dropped, blanks after initials removed, blanks folded.</summary>
    public static string Fold(string s)
    {
        var buffer = s.Length <= StackLimit ? stackalloc char[s.Length] : new char[s.Length];
        var folded = buffer[..Fold(s, buffer)];

        // a name already folded is its own fold: no copy
        return folded.SequenceEqual(s) ? s : new string(folded);
    }

    /// <summary>The fold of <paramref name="s"/> written to <paramref name="into"/> (as long as <paramref name="s"/> at least); its length.</summary>
    private static int Fold(ReadOnlySpan<char> s, Span<char> into)
    {
        var n = 0;
        var space = false;
        foreach (var ch in s)
        {
            var c = TextCase.ToLower(ch);
            if (c is '«' or '»' or '"' or '“' or '”' or '„' or '\'')
            {
                continue;
            }

            if (IsBlank(c))
            {
                space = n > 0 && into[n - 1] != '.';
                continue;
            }

            if (space)
            {
                into[n++] = ' ';
                space = false;
            }

            into[n++] = c == 'ё' ? 'е' : Tokenizer.IsHyphen(c) ? '-' : c;
        }

        return n;
    }

    /// <summary>
    /// <see cref="char.IsWhiteSpace(char)"/>, a basic Cyrillic letter (most characters of a name) answered without the
    /// Unicode table, which the runtime asks for every character past U+00FF.
    /// </summary>
    public static bool IsBlank(char c) => !Text.Tokenizer.IsCyrillicLetter(c) && char.IsWhiteSpace(c);

    /// <summary>The folded name and aliases of <paramref name="e"/>, for <see cref="IsCanonicalForm"/>.</summary>
    public static string[] FoldedForms(Entity e)
    {
        var forms = new string[1 + e.Aliases.Count];
        forms[0] = Fold(e.Name);
        for (var i = 0; i < e.Aliases.Count; i++)
        {
            forms[i + 1] = Fold(e.Aliases[i]);
        }

        return forms;
    }

    /// <summary>
    /// Whether the surface form is the entity's canonical name or one of its aliases (given as its <see cref="FoldedForms"/>,
    /// made once per entity, not once a mention): then it may be a nominative (a subject); an inflected form
    /// («Вашингтона») cannot be.
    /// </summary>
    public static bool IsCanonicalForm(string[] foldedForms, string surface)
    {
        var buffer = surface.Length <= StackLimit ? stackalloc char[surface.Length] : new char[surface.Length];
        ReadOnlySpan<char> f = buffer[..Fold(surface, buffer)];
        foreach (var form in foldedForms)
        {
            if (f.SequenceEqual(form))
            {
                return true;
            }
        }

        return false;
    }
}
