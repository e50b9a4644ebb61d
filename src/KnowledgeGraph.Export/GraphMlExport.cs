using System.Text;
using System.Text.Json;
using System.Xml;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Export;

/// <summary>
/// Writes a graph as GraphML (http://graphml.graphdrawing.org/xmlns) for Gephi, yEd and Cytoscape: one directed
/// graph, typed &lt;key&gt; declarations for every attribute used. Node attributes: label (Person, Article, …),
/// labels (":Person", as Neo4j's GraphML export writes it), name, aliases (a JSON array), mentionCount, and each
/// property; edge attributes: type, confidence (the highest of the evidence), evidence (a JSON array of
/// {articleKey,start,end,text,confidence}), and each property. A property whose name is taken is written as
/// "property.NAME". Characters XML 1.0 cannot hold become U+FFFD.
/// </summary>
public static class GraphMlExport
{
    public const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    private static readonly string[] NodeReserved = ["id", "label", "labels", "name", "aliases", "mentionCount", "stub"];
    private static readonly string[] EdgeReserved = ["id", "type", "confidence", "evidence"];

    public static async Task WriteAsync(GraphSnapshot graph, TextWriter output, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        var export = ExportGraph.From(graph);
        var text = new StringBuilder();
        var settings = new XmlWriterSettings
        {
            Indent = true,
            NewLineHandling = NewLineHandling.Entitize,
            OmitXmlDeclaration = false,
        };
        using (var sw = new Utf8StringWriter(text))
        using (var w = XmlWriter.Create(sw, settings))
        {
            Write(w, export, ct);
        }

        await output.WriteAsync(text, ct).ConfigureAwait(false);
        await output.WriteLineAsync().ConfigureAwait(false);
        await output.FlushAsync(ct).ConfigureAwait(false);
    }

    private static void Write(XmlWriter w, ExportGraph graph, CancellationToken ct)
    {
        var nodeProps = Keys(graph.Nodes.Select(n => n.Properties), NodeReserved, "np");
        var edgeProps = Keys(graph.Links.Select(l => (IEnumerable<KeyValuePair<string, object>>)l.Relationship.Properties), EdgeReserved, "ep");

        w.WriteStartDocument();
        w.WriteStartElement("graphml", Namespace);
        w.WriteAttributeString("xmlns", "xsi", null, "http://www.w3.org/2001/XMLSchema-instance");
        w.WriteAttributeString("xsi", "schemaLocation", null, Namespace + " " + Namespace + "/1.0/graphml.xsd");

        WriteKey(w, "node", "label", "label", PropertyTypes.String);
        WriteKey(w, "node", "labels", "labels", PropertyTypes.String);
        WriteKey(w, "node", "name", "name", PropertyTypes.String);
        WriteKey(w, "node", "aliases", "aliases", PropertyTypes.String);
        WriteKey(w, "node", "mentionCount", "mentionCount", PropertyTypes.Long);
        WriteKey(w, "node", "stub", "stub", PropertyTypes.Boolean);
        foreach (var k in nodeProps.Values)
        {
            WriteKey(w, "node", k.Id, k.AttrName, k.Type);
        }

        WriteKey(w, "edge", "type", "type", PropertyTypes.String);
        WriteKey(w, "edge", "confidence", "confidence", PropertyTypes.Double);
        WriteKey(w, "edge", "evidence", "evidence", PropertyTypes.String);
        foreach (var k in edgeProps.Values)
        {
            WriteKey(w, "edge", k.Id, k.AttrName, k.Type);
        }

        w.WriteStartElement("graph", Namespace);
        w.WriteAttributeString("id", "G");
        w.WriteAttributeString("edgedefault", "directed");

        var ids = NodeIds(graph);
        for (var i = 0; i < graph.Nodes.Count; i++)
        {
            ct.ThrowIfCancellationRequested();
            var n = graph.Nodes[i];
            w.WriteStartElement("node", Namespace);
            w.WriteAttributeString("id", ids[i]);
            WriteData(w, "label", n.Name); // what Gephi and yEd show on the node; the graph label is in "labels"
            WriteData(w, "labels", ":" + n.Label);
            WriteData(w, "name", n.Name);
            WriteData(w, "aliases", JsonSerializer.Serialize(n.Aliases, ReadableJson));
            WriteData(w, "mentionCount", n.MentionCount.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (n.Stub)
            {
                WriteData(w, "stub", "true");
            }

            WriteProperties(w, n.Properties, nodeProps);
            w.WriteEndElement();
        }

        for (var i = 0; i < graph.Links.Count; i++)
        {
            ct.ThrowIfCancellationRequested();
            var link = graph.Links[i];
            var r = link.Relationship;
            w.WriteStartElement("edge", Namespace);
            w.WriteAttributeString("id", "e" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            w.WriteAttributeString("source", ids[link.Source]);
            w.WriteAttributeString("target", ids[link.Target]);
            WriteData(w, "type", r.Type);
            var confidence = r.Evidence.Where(e => e.Confidence is not null).Select(e => e.Confidence!.Value).DefaultIfEmpty(double.NaN).Max();
            if (!double.IsNaN(confidence))
            {
                WriteData(w, "confidence", PropertyTypes.Format(confidence, PropertyTypes.Double));
            }

            if (r.Evidence.Count > 0)
            {
                WriteData(w, "evidence", JsonSerializer.Serialize(r.Evidence.Select(e => new { e.ArticleKey, e.Start, e.End, e.Text, e.Confidence }), ReadableJson));
            }

            WriteProperties(w, r.Properties, edgeProps);
            w.WriteEndElement();
        }

        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndDocument();
    }

    private static readonly JsonSerializerOptions ReadableJson = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private sealed record KeyDecl(string Id, string AttrName, string Type);

    /// <summary>One key per property name used (ordinal order), typed by every value seen.</summary>
    private static SortedDictionary<string, KeyDecl> Keys(IEnumerable<IEnumerable<KeyValuePair<string, object>>> bags, string[] reserved, string prefix)
    {
        var types = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var bag in bags)
        {
            foreach (var (name, value) in bag)
            {
                types[name] = PropertyTypes.Merge(types.GetValueOrDefault(name), PropertyTypes.Of(value));
            }
        }

        var keys = new SortedDictionary<string, KeyDecl>(StringComparer.Ordinal);
        foreach (var (name, type) in types)
        {
            var attrName = reserved.Contains(name, StringComparer.OrdinalIgnoreCase) ? "property." + name : name;
            keys[name] = new KeyDecl(prefix + keys.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), Clean(attrName), type);
        }

        return keys;
    }

    /// <summary>The entity key when it is a valid XML name token and unique, otherwise n + index.</summary>
    private static string[] NodeIds(ExportGraph graph)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var ids = new string[graph.Nodes.Count];
        for (var i = 0; i < ids.Length; i++)
        {
            var key = graph.Nodes[i].Id;
            var id = key.Length > 0 && key.All(c => c == ':' || XmlConvert.IsNCNameChar(c)) ? key : string.Empty;
            if (id.Length == 0 || !used.Add(id))
            {
                id = "n" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                while (!used.Add(id))
                {
                    id = "_" + id;
                }
            }

            ids[i] = id;
        }

        return ids;
    }

    private static void WriteKey(XmlWriter w, string forWhat, string id, string attrName, string type)
    {
        w.WriteStartElement("key", Namespace);
        w.WriteAttributeString("id", id);
        w.WriteAttributeString("for", forWhat);
        w.WriteAttributeString("attr.name", attrName);
        w.WriteAttributeString("attr.type", type);
        w.WriteEndElement();
    }

    private static void WriteProperties(XmlWriter w, IEnumerable<KeyValuePair<string, object>> properties, SortedDictionary<string, KeyDecl> keys)
    {
        foreach (var (name, value) in properties)
        {
            var key = keys[name];
            WriteData(w, key.Id, PropertyTypes.Format(value, key.Type));
        }
    }

    private static void WriteData(XmlWriter w, string key, string value)
    {
        w.WriteStartElement("data", Namespace);
        w.WriteAttributeString("key", key);
        w.WriteString(Clean(value));
        w.WriteEndElement();
    }

    /// <summary>Replaces the characters XML 1.0 cannot carry (controls, lone surrogates) with U+FFFD.</summary>
    private static string Clean(string value)
    {
        StringBuilder? sb = null;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var pair = char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]);
            var ok = pair || XmlConvert.IsXmlChar(c);
            if (ok && sb is null)
            {
                i += pair ? 1 : 0;
                continue;
            }

            sb ??= new StringBuilder(value.Length).Append(value, 0, i);
            if (!ok)
            {
                sb.Append('\uFFFD');
                continue;
            }

            sb.Append(c);
            if (pair)
            {
                sb.Append(value[++i]);
            }
        }

        return sb?.ToString() ?? value;
    }

    /// <summary>
    /// The file is written as UTF-8, so the XML declaration must say so (a plain StringWriter
    /// declares UTF-16, which makes XML readers refuse the file).
    /// </summary>
    private sealed class Utf8StringWriter(StringBuilder sb) : StringWriter(sb, System.Globalization.CultureInfo.InvariantCulture)
    {
        public override Encoding Encoding { get; } = new UTF8Encoding(false);
    }
}
