using System.Collections;
using System.Globalization;
using System.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Tests.Regression;

/// <summary>
/// A graph document as text for approved snapshots: stable (everything sorted, invariant numbers),
/// readable (names, not keys, at the ends of relationships) and diff-friendly (one block per entity
/// or relationship, a header line at the margin and one indented line per detail, so a changed
/// detail is one changed line and its block header says what it belongs to).
/// </summary>
public static class GraphSnapshotText
{
    public static string Render(GraphDocument doc)
    {
        var sb = new StringBuilder();
        RenderArticle(sb, doc.Article);

        var entities = doc.Entities
            .OrderBy(e => e.Label, StringComparer.Ordinal)
            .ThenBy(e => e.Name, StringComparer.Ordinal)
            .ThenBy(e => e.Key, StringComparer.Ordinal)
            .ToList();
        var names = DisplayNames(doc);

        sb.Append('\n').Append("entities: ").Append(entities.Count).Append('\n');
        foreach (var e in entities)
        {
            sb.Append(e.Label).Append(' ').Append(Quote(e.Name)).Append("  ").Append(e.Key).Append('\n');
            foreach (var alias in e.Aliases.Order(StringComparer.Ordinal))
            {
                sb.Append("  alias ").Append(Quote(alias)).Append('\n');
            }

            RenderProperties(sb, e.Properties);
            foreach (var m in e.Mentions.OrderBy(m => m.Start).ThenBy(m => m.End))
            {
                sb.Append("  mention ").Append(Span(m)).Append('\n');
            }
        }

        var mentions = doc.Relationships.Where(r => r.Type == RelationshipTypes.Mentions).ToList();
        var others = doc.Relationships.Where(r => r.Type != RelationshipTypes.Mentions)
            .Select(r => (Rel: r, From: names(r.Start), To: names(r.End)))
            .OrderBy(x => x.Rel.Type, StringComparer.Ordinal)
            .ThenBy(x => x.From, StringComparer.Ordinal)
            .ThenBy(x => x.To, StringComparer.Ordinal)
            .ThenBy(x => x.Rel.Evidence?.Start ?? -1)
            .ToList();

        sb.Append('\n').Append("relationships: ").Append(others.Count).Append(" (MENTIONS apart)\n");
        foreach (var (rel, from, to) in others)
        {
            sb.Append(rel.Type).Append(' ').Append(from).Append(" -> ").Append(to).Append('\n');
            RenderProperties(sb, rel.Properties);
            if (rel.Evidence is { } evidence)
            {
                sb.Append("  evidence ").Append(Span(evidence)).Append('\n');
            }

            foreach (var more in rel.AllEvidence.Where(x => x != rel.Evidence).OrderBy(x => x.Start))
            {
                sb.Append("  also ").Append(Span(more)).Append('\n');
            }
        }

        RenderMentions(sb, doc, mentions, names);
        return sb.ToString();
    }

    private static void RenderArticle(StringBuilder sb, ArticleInfo article)
    {
        sb.Append("article\n");
        sb.Append("  title ").Append(Quote(article.Title)).Append('\n');
        foreach (var (key, value) in new[] { ("source", article.Source), ("published", article.Published), ("place", article.Place) })
        {
            if (value is not null)
            {
                sb.Append("  ").Append(key).Append(' ').Append(Quote(value)).Append('\n');
            }
        }
    }

    /// <summary>MENTIONS in one line when they are exactly one per entity from the article, each listed otherwise.</summary>
    private static void RenderMentions(StringBuilder sb, GraphDocument doc, List<Relationship> mentions, Func<string, string> names)
    {
        var expected = doc.Entities.Select(e => e.Key).Order(StringComparer.Ordinal);
        var actual = mentions.Where(r => r.Start == doc.Article.Key).Select(r => r.End).Order(StringComparer.Ordinal);
        if (mentions.All(r => r.Start == doc.Article.Key) && expected.SequenceEqual(actual))
        {
            sb.Append("\nMENTIONS: article -> each of the ").Append(doc.Entities.Count).Append(" entities\n");
            return;
        }

        sb.Append("\nMENTIONS: ").Append(mentions.Count).Append(" (not one per entity)\n");
        foreach (var line in mentions.Select(r => names(r.Start) + " -> " + names(r.End)).Order(StringComparer.Ordinal))
        {
            sb.Append(line).Append('\n');
        }
    }

    private static void RenderProperties(StringBuilder sb, PropertyMap properties)
    {
        foreach (var (key, value) in properties)
        {
            sb.Append("  ").Append(key).Append(" = ").Append(Value(value)).Append('\n');
        }
    }

    /// <summary>How a relationship end is shown: «Name», with the key when two entities share the name.</summary>
    private static Func<string, string> DisplayNames(GraphDocument doc)
    {
        var shared = doc.Entities.GroupBy(e => e.Name, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        var byKey = doc.Entities.GroupBy(e => e.Key, StringComparer.Ordinal).ToDictionary(
            g => g.Key,
            g => shared.Contains(g.First().Name) ? Quote(g.First().Name) + " [" + g.Key + "]" : Quote(g.First().Name),
            StringComparer.Ordinal);
        return key => key == doc.Article.Key ? "article" : byKey.GetValueOrDefault(key, "[" + key + "]");
    }

    private static string Span(TextSpan span) =>
        span.Start.ToString(CultureInfo.InvariantCulture) + ".." + span.End.ToString(CultureInfo.InvariantCulture) + " " + Quote(span.Text);

    private static string Value(object value) => value switch
    {
        string s => s,
        IEnumerable items => "[" + string.Join(", ", items.Cast<object>().Select(Value)) + "]",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>«text», with line breaks and tabs made visible so every item stays on one line.</summary>
    private static string Quote(string text) =>
        "«" + text.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal) + "»";
}
