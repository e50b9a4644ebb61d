using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Text;

/// <summary>
/// Whether a set of lower-case words holds a word's lower case (<see cref="TextCase.ToLower(string)"/>), asked without making
/// the lower-case string: a word of characters in <see cref="TextCase"/>'s table is lower-cased char by char on the stack (what
/// the string's lower case is then), any other goes through <see cref="TextCase.ToLower(string)"/> itself.
/// </summary>
internal static class LowerCaseSet
{
    private const int StackLimit = 128;

    // TextCase's table ends here: below it a string's lower case is its characters' lower case
    private const char TableEnd = '\u0530';

    public static bool ContainsLowered(HashSet<string> set, string word)
    {
        if (word.Length > StackLimit)
        {
            return set.Contains(TextCase.ToLower(word));
        }

        Span<char> lower = stackalloc char[word.Length];
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (c >= TableEnd)
            {
                return set.Contains(TextCase.ToLower(word));
            }

            lower[i] = TextCase.ToLower(c);
        }

        return set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lower);
    }
}
