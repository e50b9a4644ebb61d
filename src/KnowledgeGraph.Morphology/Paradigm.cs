namespace KnowledgeGraph.Morphology;

/// <summary>
/// One inflection pattern: form i of a lexeme is prefix(i) + stem + suffix(i), read as tag(i).
/// Form 0 is the lemma (the dictionary form).
/// </summary>
internal sealed class Paradigm(ushort[] suffixIds, ushort[] tagIds, byte[] prefixIds)
{
    public int Count => suffixIds.Length;

    public int SuffixId(int form) => suffixIds[form];

    public int TagId(int form) => tagIds[form];

    public int PrefixId(int form) => prefixIds[form];
}
