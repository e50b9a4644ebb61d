namespace KnowledgeGraph.Morphology;

/// <summary>
/// The compiled dictionary in memory, read-only after loading. The file (written by
/// tools/morphology/convert.js) holds in order: magic <c>KGMORPH1</c>, a source
/// line, the alphabet (letters in code order; letter i is stored as byte i + 1), the paradigm
/// prefixes, the suffixes, the tag table, the paradigms, the stems with their paradigms, and for
/// each paradigm prefix the guesser's endings with (count, paradigm, form) triples, and last the
/// corpus probabilities of a word's tags (word -> (tag, probability) pairs).
/// </summary>
internal sealed class MorphologyData
{
    public const string FileName = "opencorpora.kgm";
    private const string Magic = "KGMORPH1";

    private readonly byte[] _codes = new byte[char.MaxValue + 1];
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _suffixLookup;

    private MorphologyData(ref BinaryCursor cursor)
    {
        if (!cursor.Bytes(Magic.Length).SequenceEqual("KGMORPH1"u8))
        {
            throw new InvalidDataException("Not a KnowledgeGraph morphology dictionary.");
        }

        Source = cursor.String();
        var alphabet = cursor.String();
        for (var i = 0; i < alphabet.Length; i++)
        {
            _codes[alphabet[i]] = (byte)(i + 1);
        }

        Prefixes = cursor.Strings();
        Suffixes = cursor.Strings();
        var suffixes = new Dictionary<string, int>(Suffixes.Length, StringComparer.Ordinal);
        for (var i = 0; i < Suffixes.Length; i++)
        {
            suffixes[Suffixes[i]] = i;
            MaxSuffixLength = Math.Max(MaxSuffixLength, Suffixes[i].Length);
        }

        _suffixLookup = suffixes.GetAlternateLookup<ReadOnlySpan<char>>();
        Tags = Array.ConvertAll(cursor.Strings(), GrammemeNames.Parse);
        Paradigms = new Paradigm[cursor.Int32()];
        for (var i = 0; i < Paradigms.Length; i++)
        {
            var forms = cursor.UInt16();
            Paradigms[i] = new Paradigm(cursor.UInt16s(forms), cursor.UInt16s(forms), cursor.Bytes(forms).ToArray());
        }

        Stems = KeyedLists.Read(ref cursor, 1);
        Endings = new KeyedLists[Prefixes.Length];
        for (var i = 0; i < Endings.Length; i++)
        {
            Endings[i] = KeyedLists.Read(ref cursor, 3);
        }

        Probabilities = KeyedLists.Read(ref cursor, 2);
        if (!cursor.AtEnd)
        {
            throw new InvalidDataException("The morphology dictionary has trailing data.");
        }
    }

    /// <summary>Where the data came from (dictionary, version, conversion).</summary>
    public string Source { get; }

    public string[] Prefixes { get; }

    public string[] Suffixes { get; }

    public int MaxSuffixLength { get; }

    public Tag[] Tags { get; }

    public Paradigm[] Paradigms { get; }

    public KeyedLists Stems { get; }

    /// <summary>The guesser's endings, one table per paradigm prefix.</summary>
    public KeyedLists[] Endings { get; }

    /// <summary>P(tag | word) from OpenCorpora's annotated corpus: word -> (tag, probability * 65535) pairs.</summary>
    public KeyedLists Probabilities { get; }

    public static MorphologyData Load(string file)
    {
        var cursor = new BinaryCursor(File.ReadAllBytes(file));
        return new MorphologyData(ref cursor);
    }

    public bool TryGetSuffix(ReadOnlySpan<char> suffix, out int id) => _suffixLookup.TryGetValue(suffix, out id);

    /// <summary>Encodes a lower-case word one byte a letter; false when a letter is outside the dictionary's alphabet.</summary>
    public bool TryEncode(ReadOnlySpan<char> word, Span<byte> encoded)
    {
        for (var i = 0; i < word.Length; i++)
        {
            var code = _codes[word[i]];
            if (code == 0)
            {
                return false;
            }

            encoded[i] = code;
        }

        return true;
    }

    public string Form(int paradigm, int form, string stem)
    {
        var p = Paradigms[paradigm];
        return string.Concat(Prefixes[p.PrefixId(form)], stem, Suffixes[p.SuffixId(form)]);
    }
}
