namespace KnowledgeGraph.Morphology;

/// <summary>
/// One reading of a word form: the form itself (lower case, ё written е), its lemma (the
/// dictionary form of the lexeme), its tag and a score (the share of this reading among the
/// word's readings; guesses carry the guesser's estimate). Immutable; produced by
/// <see cref="MorphAnalyzer"/>, which also inflects it.
/// </summary>
public sealed class Reading
{
    internal Reading(string word, string lemma, Tag tag, double score, bool isGuess, string stem, int paradigm, int form)
    {
        Word = word;
        Lemma = lemma;
        Tag = tag;
        Score = score;
        IsGuess = isGuess;
        Stem = stem;
        Paradigm = paradigm;
        Form = form;
    }

    public string Word { get; }

    public string Lemma { get; }

    public Tag Tag { get; }

    public double Score { get; }

    /// <summary>True when the word is not in the dictionary and was read by analogy with words of the same ending.</summary>
    public bool IsGuess { get; }

    internal string Stem { get; }

    internal int Paradigm { get; }

    internal int Form { get; }

    internal Reading WithScore(double score) => new(Word, Lemma, Tag, score, IsGuess, Stem, Paradigm, Form);

    public override string ToString() => $"{Word} -> {Lemma} {Tag}{(IsGuess ? " (guess)" : "")}";
}
