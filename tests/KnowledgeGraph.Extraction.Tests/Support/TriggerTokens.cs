using KnowledgeGraph.Extraction.Relations;

namespace KnowledgeGraph.Extraction.Tests.Support;

/// <summary>The relation side's tokens of a phrase of lower-case words separated by single spaces.</summary>
internal static class TriggerTokens
{
    public static List<Token> Of(string phrase)
    {
        var tokens = new List<Token>();
        var at = 0;
        foreach (var w in phrase.Split(' '))
        {
            tokens.Add(new Token(at, at + w.Length, w, true));
            at += w.Length + 1;
        }

        return tokens;
    }
}
