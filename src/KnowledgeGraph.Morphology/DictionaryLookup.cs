namespace KnowledgeGraph.Morphology;

/// <summary>
/// The readings the dictionary itself holds for a word: every split of the word into
/// paradigm prefix + stem + suffix whose stem is listed with a paradigm having that form.
/// </summary>
internal static class DictionaryLookup
{
    public static void Collect(MorphologyData data, string word, ReadOnlySpan<byte> encoded, List<Reading> readings)
    {
        for (var prefixId = 0; prefixId < data.Prefixes.Length; prefixId++)
        {
            var prefix = data.Prefixes[prefixId];
            if (!word.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            for (var split = Math.Max(prefix.Length, word.Length - data.MaxSuffixLength); split <= word.Length; split++)
            {
                if (!data.TryGetSuffix(word.AsSpan(split), out var suffixId))
                {
                    continue;
                }

                var paradigms = data.Stems.Find(encoded[prefix.Length..split]);
                if (paradigms.IsEmpty)
                {
                    continue;
                }

                var stem = word[prefix.Length..split];
                foreach (var paradigmId in paradigms)
                {
                    AddForms(data, word, stem, paradigmId, prefixId, suffixId, readings);
                }
            }
        }
    }

    private static void AddForms(MorphologyData data, string word, string stem, int paradigmId, int prefixId, int suffixId, List<Reading> readings)
    {
        var paradigm = data.Paradigms[paradigmId];
        string? lemma = null;
        for (var form = 0; form < paradigm.Count; form++)
        {
            if (paradigm.SuffixId(form) == suffixId && paradigm.PrefixId(form) == prefixId)
            {
                lemma ??= data.Form(paradigmId, 0, stem);
                readings.Add(new Reading(word, lemma, data.Tags[paradigm.TagId(form)], 0, isGuess: false, stem, paradigmId, form));
            }
        }
    }
}
