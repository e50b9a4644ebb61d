namespace KnowledgeGraph.Extraction.Naming;

/// <summary>Cheap shape tests on lower-case words where no dictionary is at hand.</summary>
public static class WordShapes
{
    private static readonly string[] PastTense = ["али", "яли", "ели", "или", "ыли", "ули", "ала", "яла", "ела", "ила", "ыла", "ало", "ило", "ело", "шли", "шла", "шло", "гли", "гла", "сли", "сла", "зли", "зла"];

    /// <summary>A past-tense or reflexive verb («прошли», «докладывали», «превратится»), which otherwise looks like a genitive.</summary>
    public static bool IsPastTense(string lower) =>
        Text.Affixes.EndsWithAny(lower, PastTense) || lower.EndsWith("тся", StringComparison.Ordinal) || lower.EndsWith("ться", StringComparison.Ordinal);

    /// <summary>A word that may be a noun or adjective in the genitive («торговли», «Государственного»).</summary>
    public static bool LooksGenitive(string w) =>
        w.Length > 3 && !IsPastTense(w) && (w.EndsWith('и') || w.EndsWith('ы') || w.EndsWith('а') || w.EndsWith('я')
                                            || w.EndsWith("ого", StringComparison.Ordinal) || w.EndsWith("его", StringComparison.Ordinal)
                                            || w.EndsWith("ой", StringComparison.Ordinal) || w.EndsWith("ей", StringComparison.Ordinal)
                                            || w.EndsWith("ых", StringComparison.Ordinal) || w.EndsWith("их", StringComparison.Ordinal)
                                            || w.EndsWith("ов", StringComparison.Ordinal) || (w.Length > 4 && w.EndsWith("ев", StringComparison.Ordinal)) || (w.Length > 5 && w.EndsWith("ий", StringComparison.Ordinal)));
}
