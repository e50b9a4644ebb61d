namespace KnowledgeGraph.Morphology.Tests;

/// <summary>The one analyzer the tests share (loaded once, as in the program).</summary>
internal static class Analyzer
{
    public static MorphAnalyzer Shared => MorphAnalyzer.Default;

    public static Func<Tag, bool> SingularNoun { get; } =
        tag => tag.PartOfSpeech == PartOfSpeech.Noun && tag.Number == Number.Singular;
}
