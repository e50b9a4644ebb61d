using System.Text;
using KnowledgeGraph.Extraction.Relations;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Tests.Relations;

/// <summary>
/// Builds a <see cref="DocumentAnalysis"/> by hand from marked text, standing in for the entity
/// stages: «[Person:Ивана Петрова|Иван Петров] встретился с [Country:Францией|Франция]» gives two
/// entities (name after «|», the surface otherwise) with their mentions. Sentences end at «. », «! », «? »
/// before a capital (not after an initial) and at line breaks.
/// </summary>
internal static class MarkedText
{
    public static DocumentAnalysis Parse(string marked)
    {
        var text = new StringBuilder();
        var entities = new Dictionary<string, Entity>(StringComparer.Ordinal);
        var i = 0;
        while (i < marked.Length)
        {
            if (marked[i] != '[')
            {
                text.Append(marked[i++]);
                continue;
            }

            var close = marked.IndexOf(']', i);
            var body = marked[(i + 1)..close];
            var colon = body.IndexOf(':', StringComparison.Ordinal);
            var label = body[..colon];
            var rest = body[(colon + 1)..].Split('|');
            var surface = rest[0];
            var name = rest.Length > 1 ? rest[1] : surface;
            var key = EntityKeys.For(label, name);
            if (!entities.TryGetValue(key, out var e))
            {
                entities[key] = e = new Entity { Key = key, Label = label, Name = name };
            }

            var start = text.Length;
            text.Append(surface);
            e.Mentions.Add(new TextSpan(start, text.Length, surface));
            i = close + 1;
        }

        var s = text.ToString();
        return new DocumentAnalysis
        {
            Article = new SourceArticle { Path = "test.txt", Title = s.Split('\n')[0], Text = s },
            NormalizedText = s.Replace('ё', 'е'),
            Sentences = Split(s),
            Entities = [.. entities.Values],
        };
    }

    /// <summary>The relationships as «TYPE start name -> end name» lines, sorted.</summary>
    /// <summary>The relationships the default stage finds in a marked text (events left out), described and sorted.</summary>
    public static string[] Relations(string marked)
    {
        var doc = Parse(marked);
        var rels = new DefaultRelationStage().Extract(doc).ToList();
        var events = doc.Entities.Where(e => e.Label == "Event").Select(e => e.Key).ToHashSet();
        return Describe(doc, rels.Where(r => !events.Contains(r.Start) && !events.Contains(r.End)));
    }

    public static string[] Describe(DocumentAnalysis doc, IEnumerable<Relationship> rels)
    {
        var names = doc.Entities.ToDictionary(e => e.Key, e => e.Name);
        return rels.Select(r => (r.Type, A: names[r.Start], B: names[r.End]))
            .Select(r => RelationshipTypes.Symmetric.Contains(r.Type) && string.CompareOrdinal(r.A, r.B) > 0 ? (r.Type, A: r.B, B: r.A) : r)
            .Select(r => $"{r.Type} {r.A} -> {r.B}")
            .Order(StringComparer.Ordinal)
            .ToArray();
    }

    private static List<Sentence> Split(string s)
    {
        var result = new List<Sentence>();
        var start = 0;
        for (var i = 0; i < s.Length; i++)
        {
            var end = -1;
            if (s[i] == '\n')
            {
                end = i;
            }
            else if (s[i] is '.' or '!' or '?' && i + 2 < s.Length && s[i + 1] == ' ' && char.IsUpper(s[i + 2])
                && !(i >= 2 && char.IsUpper(s[i - 1]) && !char.IsLetter(s[i - 2])))
            {
                end = i + 1;
            }

            if (end >= 0)
            {
                if (end > start)
                {
                    result.Add(new Sentence(start, end));
                }

                start = end + 1;
            }
        }

        if (start < s.Length)
        {
            result.Add(new Sentence(start, s.Length));
        }

        return result;
    }
}
