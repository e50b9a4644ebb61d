namespace KnowledgeGraph.Extraction.Text;

/// <summary>
/// The tokenizer's words: one token of each text, found by the text's letters (a span of the article, no string made).
/// Open addressing over one array of entries, each holding the text's hash, the text and its token, so that a look-up
/// reads one entry and then the text and the token side by side; a concurrent dictionary went from its bucket to a node,
/// then to the key and the token, and in a whole extraction, where the table is out of the cache, those reads one after
/// another were a tenth of the entity side's time. Read by every thread without a lock; words are added under a lock and
/// an entry is published by writing its hash last. Past <see cref="Limit"/> words the table starts afresh, so memory stays
/// bounded whatever the corpus.
/// </summary>
internal sealed class WordTable(int limit)
{
    private const int FirstSize = 1024;

    private readonly Lock _adding = new();
    private Slots _slots = new(FirstSize);

    /// <summary>How many words the table holds before it is emptied.</summary>
    public int Limit { get; } = limit;

    /// <summary>How many words the table holds now.</summary>
    public int Count => Volatile.Read(ref _slots).Count;

    /// <summary>The token kept for the text <paramref name="word"/>, or null when the table has none.</summary>
    public Token? Find(ReadOnlySpan<char> word) => Volatile.Read(ref _slots).Find(word, Hash(word));

    /// <summary>
    /// The token kept for <paramref name="made"/>'s text: the one another thread added meanwhile, or <paramref name="made"/>,
    /// now kept (the table is emptied first when it is full).
    /// </summary>
    public Token Add(Token made)
    {
        var hash = Hash(made.Text);
        lock (_adding)
        {
            var slots = _slots;
            if (slots.Find(made.Text, hash) is { } kept)
            {
                return kept;
            }

            if (slots.Count >= Limit)
            {
                slots = new Slots(FirstSize);
            }
            else if ((slots.Count + 1) * 2 > slots.Entries.Length)
            {
                slots = slots.Grown();
            }

            slots.Put(hash, made);
            Volatile.Write(ref _slots, slots);
            return made;
        }
    }

    // the process's randomised string hash: a text cannot be written to make its words collide; never 0, which marks an empty entry
    private static int Hash(ReadOnlySpan<char> word) => string.GetHashCode(word) | 1;

    private struct Entry
    {
        public int Hash;
        public string Text;
        public Token Token;
    }

    /// <summary>The entries at one size: a size is a power of two, at most half full; a full one is replaced by a grown copy, never changed in place but by adding.</summary>
    private sealed class Slots(int size)
    {
        public readonly Entry[] Entries = new Entry[size];

        public int Count;

        public Token? Find(ReadOnlySpan<char> word, int hash)
        {
            var entries = Entries;
            var mask = entries.Length - 1;
            for (var i = hash & mask; ; i = (i + 1) & mask)
            {
                ref var e = ref entries[i];
                var h = Volatile.Read(ref e.Hash);
                if (h == 0)
                {
                    return null;
                }

                if (h == hash && word.SequenceEqual(e.Text))
                {
                    return e.Token;
                }
            }
        }

        /// <summary>Adds a token whose text is not there (under the table's lock): text and token first, then the hash that makes the entry seen.</summary>
        public void Put(int hash, Token token)
        {
            var mask = Entries.Length - 1;
            var i = hash & mask;
            while (Entries[i].Hash != 0)
            {
                i = (i + 1) & mask;
            }

            Entries[i].Text = token.Text;
            Entries[i].Token = token;
            Volatile.Write(ref Entries[i].Hash, hash);
            Count++;
        }

        public Slots Grown()
        {
            var grown = new Slots(Entries.Length * 2);
            foreach (var e in Entries)
            {
                if (e.Hash != 0)
                {
                    grown.Put(e.Hash, e.Token);
                }
            }

            return grown;
        }
    }
}
