using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>
/// Keys of events. A named event with a date («Всемирный экономический форум», 2024-01-16) is keyed on both,
/// <c>event:&lt;slug of the lower-cased name&gt;-&lt;date&gt;</c>, so two articles about it give one node, while the
/// same name with another date is another event. Any other event belongs to its article:
/// <c>event:&lt;slug&gt;-&lt;first 8 hex of the article key&gt;</c> («Встреча» is never one node shared by every article).
/// </summary>
internal static class EventKeys
{
    private const string Prefix = "event:";

    public static string For(string name, bool proper, string? date, string articleTag) =>
        Prefix + EntityKeys.Slug(TextCase.ToLower(name)) + "-" + (proper && IsIso(date) ? date : articleTag);

    /// <summary>A full ISO date of the text's precision: 2024, 2024-03 or 2024-03-12 (not «--03-12», a day with no year).</summary>
    public static bool IsIso(string? date) => date is { Length: 4 or 7 or 10 } d && char.IsAsciiDigit(d[0]);

    /// <summary>
    /// The entity stages' events re-keyed: one written with a capital inside a sentence and dated is keyed on
    /// its name and date. Runs before the relation stage builds its views, so no relationship holds an old key.
    /// </summary>
    public static void Rekey(DocumentAnalysis doc)
    {
        var list = doc.Entities;
        var byKey = list.ToDictionary(e => e.Key, StringComparer.Ordinal);
        for (var i = 0; i < list.Count; i++)
        {
            var e = list[i];
            if (e.Label != GraphLabels.Event || e.Properties.GetValueOrDefault("date") is not string date || !IsIso(date)
                || !e.Name.Contains(' ', StringComparison.Ordinal) || !WrittenAsName(doc, e))
            {
                continue;
            }

            var key = For(e.Name, proper: true, date, articleTag: string.Empty);
            if (key == e.Key)
            {
                continue;
            }

            byKey.Remove(e.Key);
            if (byKey.TryGetValue(key, out var same))
            {
                same.Mentions.AddRange(e.Mentions);
                same.Mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
                list.RemoveAt(i--);
                continue;
            }

            var renamed = new Entity { Key = key, Label = e.Label, Name = e.Name, Aliases = e.Aliases, Properties = e.Properties, Mentions = e.Mentions };
            list[i] = renamed;
            byKey[key] = renamed;
        }
    }

    /// <summary>Whether a mention starts with a capital letter that is not the first letter of its sentence.</summary>
    private static bool WrittenAsName(DocumentAnalysis doc, Entity e)
    {
        var text = doc.Article.Text;
        foreach (var m in e.Mentions)
        {
            if (m.Start >= text.Length || !char.IsUpper(text[m.Start]))
            {
                continue;
            }

            var k = m.Start - 1;
            while (k >= 0 && text[k] != '\n' && (char.IsWhiteSpace(text[k]) || text[k] is '«' or '"'))
            {
                k--;
            }

            if (k >= 0 && text[k] is not ('.' or '!' or '?' or '\n' or ':' or '-'))
            {
                return true;
            }
        }

        return false;
    }
}
