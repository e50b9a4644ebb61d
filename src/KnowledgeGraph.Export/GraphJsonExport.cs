using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Export;

/// <summary>
/// Writes a graph as node-link JSON, the shape D3 and most graph libraries read:
/// <c>{"nodes":[{"id","label","name","aliases","mentionCount","properties"}],
/// "links":[{"source","target","type","properties","evidence":[{"articleKey","start","end","text","confidence"}]}]}</c>.
/// Cyrillic is written as is; HTML-sensitive characters (&lt; &gt; &amp; ' ") are \u-escaped, which is still plain JSON.
/// </summary>
public static class GraphJsonExport
{
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Indented = false,
    };

    public static async Task WriteAsync(GraphSnapshot graph, TextWriter output, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        var json = ToJson(ExportGraph.From(graph), layout: null);
        await output.WriteAsync(json.AsMemory(), ct).ConfigureAwait(false);
        await output.WriteLineAsync().ConfigureAwait(false);
        await output.FlushAsync(ct).ConfigureAwait(false);
    }

    /// <summary>The JSON text; with a layout, every node also gets x, y, degree and radius r and every link a symmetric flag (for the HTML page).</summary>
    internal static string ToJson(ExportGraph graph, Layout? layout, Action<Utf8JsonWriter>? extra = null)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            w.WriteStartObject();
            extra?.Invoke(w);
            w.WriteStartArray("nodes");
            for (var i = 0; i < graph.Nodes.Count; i++)
            {
                WriteNode(w, graph.Nodes[i], layout is null ? null : (layout.X[i], layout.Y[i], graph.Degree[i]));
            }

            w.WriteEndArray();
            w.WriteStartArray("links");
            foreach (var link in graph.Links)
            {
                WriteLink(w, graph, link, withLayout: layout is not null);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteNode(Utf8JsonWriter w, ExportNode node, (double X, double Y, int Degree)? place)
    {
        w.WriteStartObject();
        w.WriteString("id", node.Id);
        w.WriteString("label", node.Label);
        w.WriteString("name", node.Name);
        w.WriteStartArray("aliases");
        foreach (var alias in node.Aliases)
        {
            w.WriteStringValue(alias);
        }

        w.WriteEndArray();
        w.WriteNumber("mentionCount", node.MentionCount);
        if (node.Stub)
        {
            w.WriteBoolean("stub", true);
        }

        WriteProperties(w, node.Properties);
        if (place is { } p)
        {
            w.WriteNumber("x", Math.Round(p.X, 1));
            w.WriteNumber("y", Math.Round(p.Y, 1));
            w.WriteNumber("degree", p.Degree);
            w.WriteNumber("r", Math.Round(ForceLayout.Radius(p.Degree), 1));
        }

        w.WriteEndObject();
    }

    private static void WriteLink(Utf8JsonWriter w, ExportGraph graph, ExportLink link, bool withLayout)
    {
        var r = link.Relationship;
        w.WriteStartObject();
        w.WriteString("source", graph.Nodes[link.Source].Id);
        w.WriteString("target", graph.Nodes[link.Target].Id);
        w.WriteString("type", r.Type);
        if (withLayout && link.Symmetric)
        {
            w.WriteBoolean("symmetric", true);
        }

        WriteProperties(w, r.Properties);
        w.WriteStartArray("evidence");
        foreach (var e in r.Evidence)
        {
            w.WriteStartObject();
            w.WriteString("articleKey", e.ArticleKey);
            w.WriteNumber("start", e.Start);
            w.WriteNumber("end", e.End);
            w.WriteString("text", e.Text);
            if (e.Confidence is { } c)
            {
                w.WritePropertyName("confidence");
                WriteValue(w, c);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteProperties(Utf8JsonWriter w, IEnumerable<KeyValuePair<string, object>> properties)
    {
        w.WriteStartObject("properties");
        foreach (var (name, value) in properties)
        {
            w.WritePropertyName(name);
            WriteValue(w, value);
        }

        w.WriteEndObject();
    }

    /// <summary>Strings, booleans and numbers keep their JSON type; a whole double is written 2.0 so it reads back as a double.</summary>
    private static void WriteValue(Utf8JsonWriter w, object? value)
    {
        switch (value)
        {
            case null: w.WriteNullValue(); break;
            case string s: w.WriteStringValue(s); break;
            case bool b: w.WriteBooleanValue(b); break;
            case int i: w.WriteNumberValue(i); break;
            case long l: w.WriteNumberValue(l); break;
            case double or float or decimal:
                var text = PropertyTypes.FormatFloat(value);
                if (text is null)
                {
                    w.WriteNullValue();
                }
                else
                {
                    w.WriteRawValue(text);
                }

                break;
            default: w.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture)); break;
        }
    }
}
