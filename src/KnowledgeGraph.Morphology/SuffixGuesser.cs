namespace KnowledgeGraph.Morphology;

/// <summary>
/// Reads a word the dictionary lacks by analogy with known words sharing its ending, as
/// pymorphy2's KnownSuffixAnalyzer does: the longest ending (5 letters down to 1) that the
/// dictionary's productive paradigms know decides, each (paradigm, form) seen with it becomes a
/// reading, scored by how often it was seen. As Az.js does, the ending one letter shorter is read
/// too («-неном» knows only adjectives, «-еном» the nouns in the instrumental).
/// </summary>
internal static class SuffixGuesser
{
    public const int MinWordLength = 4;
    private const int MaxEndingLength = 5;
    private const double Discount = 0.5;

    private const Grammemes NonProductiveFlags = Grammemes.PronominalAdjective;

    public static void Collect(MorphologyData data, string word, Func<Tag, bool>? accept, List<Reading> readings)
    {
        if (word.Length < MinWordLength)
        {
            return;
        }

        var first = readings.Count;
        Span<byte> encoded = stackalloc byte[MaxEndingLength];
        var seen = new HashSet<(string Stem, int Paradigm, Tag Tag)>();
        var counts = new List<int>();
        var total = 1;
        for (var prefixId = 0; prefixId < data.Prefixes.Length; prefixId++)
        {
            if (!word.StartsWith(data.Prefixes[prefixId], StringComparison.Ordinal))
            {
                continue;
            }

            var found = false;
            for (var length = Math.Min(MaxEndingLength, word.Length - 1); length >= 1; length--)
            {
                var ending = word.AsSpan(word.Length - length);
                if (!data.TryEncode(ending, encoded))
                {
                    break;
                }

                var before = total;
                var entries = data.Endings[prefixId].Find(encoded[..length]);
                for (var i = 0; i + 2 < entries.Length; i += 3)
                {
                    int count = entries[i], paradigmId = entries[i + 1], form = entries[i + 2];
                    var paradigm = data.Paradigms[paradigmId];
                    var tag = data.Tags[paradigm.TagId(form)];
                    if (!IsProductive(tag) || (accept is not null && !accept(tag)))
                    {
                        continue;
                    }

                    total += count;
                    var prefix = data.Prefixes[paradigm.PrefixId(form)];
                    var suffix = data.Suffixes[paradigm.SuffixId(form)];
                    if (word.Length - prefix.Length - suffix.Length < 1
                        || !word.StartsWith(prefix, StringComparison.Ordinal) || !word.EndsWith(suffix, StringComparison.Ordinal))
                    {
                        continue;
                    }

                    var stem = word[prefix.Length..^suffix.Length];
                    if (seen.Add((stem, paradigmId, tag)))
                    {
                        readings.Add(new Reading(word, data.Form(paradigmId, 0, stem), tag, 0, isGuess: true, stem, paradigmId, form));
                        counts.Add(count);
                    }
                }

                if (found)
                {
                    break;
                }

                found = total > before;
            }
        }

        var guessed = readings.GetRange(first, counts.Count)
            .Select((reading, i) => reading.WithScore(Discount * counts[i] / total))
            .OrderByDescending(reading => reading.Score)
            .ToList();
        readings.RemoveRange(first, counts.Count);
        readings.AddRange(guessed);
    }

    private static bool IsProductive(Tag tag) =>
        tag.PartOfSpeech is not (PartOfSpeech.Numeral or PartOfSpeech.Pronoun or PartOfSpeech.Predicative
            or PartOfSpeech.Preposition or PartOfSpeech.Conjunction or PartOfSpeech.Particle or PartOfSpeech.Interjection)
        && !tag.HasAny(NonProductiveFlags);
}
