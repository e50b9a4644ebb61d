using System.Text;

namespace KnowledgeGraph.Model;

/// <summary>
/// Builds stable entity keys: a label prefix and an ASCII slug of the canonical name
/// («Государственный департамент» -> «organization:gosudarstvennyy-departament»).
/// </summary>
public static class EntityKeys
{
    public static string For(string label, string canonicalName) =>
        (label is not null && Prefixes.TryGetValue(label, out var prefix) ? prefix : GraphLabels.Require(label).ToLowerInvariant() + ":") + Slug(canonicalName);

    // each label's prefix made once, not at every key
    private static readonly Dictionary<string, string> Prefixes =
        GraphLabels.All.ToDictionary(l => l, l => l.ToLowerInvariant() + ":", StringComparer.Ordinal);

    /// <summary>Lower-case ASCII words joined by '-', Cyrillic transliterated (after NFC, so «й» and «ё» written decomposed slug the same).</summary>
    public static string Slug(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length + 8);
        var dash = false;
        foreach (var ch in TextCase.ToLower(IsComposed(text) ? text : text.Normalize(NormalizationForm.FormC)))
        {
            var t = Transliterate(ch);
            if (t is null)
            {
                dash = sb.Length > 0;
                continue;
            }

            if (t.Length == 0)
            {
                continue;
            }

            if (dash)
            {
                sb.Append('-');
                dash = false;
            }

            sb.Append(t);
        }

        return sb.Length == 0 ? "x" : sb.ToString();
    }

    /// <summary>
    /// Whether NFC leaves <paramref name="text"/> as it is because every character is a Latin or Cyrillic
    /// letter, a digit or common punctuation (none of them combines with a neighbour or decomposes);
    /// most names are, and they skip the normaliser's native call.
    /// </summary>
    private static bool IsComposed(string text)
    {
        foreach (var c in text)
        {
            if (c is not (< '\u0300' or (>= '\u0400' and < '\u0483') or (>= '\u048A' and < '\u0530') or (>= '\u2010' and <= '\u201F')))
            {
                return false;
            }
        }

        return true;
    }

    // null: a separator; "": dropped (soft and hard signs).
    private static string? Transliterate(char c) => c switch
    {
        >= 'a' and <= 'z' or >= '0' and <= '9' => c.ToString(),
        '+' => "plus",
        'а' => "a", 'б' => "b", 'в' => "v", 'г' => "g", 'д' => "d", 'е' => "e", 'ё' => "e",
        'ж' => "zh", 'з' => "z", 'и' => "i", 'й' => "y", 'к' => "k", 'л' => "l", 'м' => "m",
        'н' => "n", 'о' => "o", 'п' => "p", 'р' => "r", 'с' => "s", 'т' => "t", 'у' => "u",
        'ф' => "f", 'х' => "kh", 'ц' => "ts", 'ч' => "ch", 'ш' => "sh", 'щ' => "shch",
        'ъ' => "", 'ы' => "y", 'ь' => "", 'э' => "e", 'ю' => "yu", 'я' => "ya",
        'ә' => "a", 'ғ' => "g", 'қ' => "k", 'ң' => "n", 'ө' => "o", 'ұ' => "u", 'ү' => "u", 'һ' => "h", 'і' => "i",
        _ when char.IsLetter(c) => ((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture),
        _ => null,
    };
}
