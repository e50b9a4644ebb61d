using System.Buffers;
using System.Text.Json;

namespace KnowledgeGraph.Model;

/// <summary>
/// Writes a <see cref="GraphDocument"/> as graph JSON by hand, field by field, with the writer settings of
/// <see cref="GraphJson.Options"/>: the same bytes as the reflection-based serializer (same field order, names,
/// indentation, escaping and property values through <see cref="PropertyValueConverter"/>), without its metadata
/// walk, boxing and dictionary enumerators. Reading stays with the serializer. Each thread keeps its writer and
/// buffer; a buffer grown past <see cref="KeptBufferBytes"/> is let go after use.
/// </summary>
internal static class GraphJsonWriter
{
    private const int KeptBufferBytes = 1 << 20;

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = GraphJson.Options.Encoder,
        Indented = GraphJson.Options.WriteIndented,
        IndentCharacter = GraphJson.Options.IndentCharacter,
        IndentSize = GraphJson.Options.IndentSize,
        NewLine = GraphJson.Options.NewLine,
        SkipValidation = true,
    };

    private static readonly PropertyValueConverter Values = new();

    private static readonly JsonEncodedText SchemaVersion = Name("schemaVersion"), Article = Name("article"),
        Entities = Name("entities"), Relationships = Name("relationships"), Key = Name("key"), Title = Name("title"),
        Source = Name("source"), Language = Name("language"), PathName = Name("path"), Url = Name("url"),
        Published = Name("published"), Place = Name("place"), Label = Name("label"), NameField = Name("name"),
        Aliases = Name("aliases"), Properties = Name("properties"), Mentions = Name("mentions"), Type = Name("type"),
        Start = Name("start"), End = Name("end"), Evidence = Name("evidence"), AllEvidence = Name("allEvidence"),
        Text = Name("text");

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_compactBuffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_compactWriter;

    public static byte[] ToUtf8Bytes(GraphDocument document)
    {
        var bytes = WriteOnThread(document).WrittenSpan.ToArray();
        LetGoIfLarge();
        return bytes;
    }

    /// <summary>The same bytes as <see cref="ToUtf8Bytes"/>, in a buffer rented from the shared pool instead of a new array.</summary>
    public static PooledUtf8 ToPooledUtf8(GraphDocument document)
    {
        var json = new PooledUtf8(WriteOnThread(document).WrittenSpan);
        LetGoIfLarge();
        return json;
    }

    /// <summary>Writes the document into this thread's buffer (valid until the thread's next write).</summary>
    private static ArrayBufferWriter<byte> WriteOnThread(GraphDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(16 * 1024);
        buffer.ResetWrittenCount();
        var writer = t_writer;
        if (writer is null)
        {
            writer = t_writer = new Utf8JsonWriter(buffer, WriterOptions);
        }
        else
        {
            writer.Reset(buffer); // also after a write that threw halfway
        }

        WriteDocument(writer, document);
        writer.Flush();
        return buffer;
    }

    private static void LetGoIfLarge()
    {
        if (t_buffer is { Capacity: > KeptBufferBytes })
        {
            t_buffer = null;
            t_writer = null;
        }
    }

    /// <summary>
    /// The properties as compact JSON (no indentation): the string <see cref="PropertyBag.ToJson(IReadOnlyDictionary{string, object})"/> gives through the
    /// serializer, written by <see cref="WriteProperties"/> on a writer and buffer each thread keeps.
    /// </summary>
    public static string PropertiesToJson(PropertyMap? properties)
    {
        var buffer = t_compactBuffer ??= new ArrayBufferWriter<byte>(256);
        buffer.ResetWrittenCount();
        var writer = t_compactWriter;
        if (writer is null)
        {
            writer = t_compactWriter = new Utf8JsonWriter(buffer, WriterOptions with { Indented = false });
        }
        else
        {
            writer.Reset(buffer);
        }

        WriteProperties(writer, properties);
        writer.Flush();
        var json = System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
        if (buffer.Capacity > KeptBufferBytes)
        {
            t_compactBuffer = null;
            t_compactWriter = null;
        }

        return json;
    }

    private static JsonEncodedText Name(string camelCase) => JsonEncodedText.Encode(camelCase, GraphJson.Options.Encoder);

    private static void WriteDocument(Utf8JsonWriter w, GraphDocument d)
    {
        w.WriteStartObject();
        w.WriteNumber(SchemaVersion, d.SchemaVersion);
        w.WritePropertyName(Article);
        WriteArticle(w, d.Article);
        w.WritePropertyName(Entities);
        WriteList(w, d.Entities, WriteEntity);
        w.WritePropertyName(Relationships);
        WriteList(w, d.Relationships, WriteRelationship);
        w.WriteEndObject();
    }

    private static void WriteArticle(Utf8JsonWriter w, ArticleInfo? a)
    {
        if (a is null)
        {
            w.WriteNullValue();
            return;
        }

        w.WriteStartObject();
        w.WriteString(Key, a.Key);
        w.WriteString(Title, a.Title);
        w.WriteString(Source, a.Source);
        w.WriteString(Language, a.Language);
        w.WriteString(PathName, a.Path);
        w.WriteString(Url, a.Url);
        w.WriteString(Published, a.Published);
        w.WriteString(Place, a.Place);
        w.WriteEndObject();
    }

    private static void WriteEntity(Utf8JsonWriter w, Entity e)
    {
        w.WriteStartObject();
        w.WriteString(Key, e.Key);
        w.WriteString(Label, e.Label);
        w.WriteString(NameField, e.Name);
        w.WritePropertyName(Aliases);
        WriteList(w, e.Aliases, static (w, s) => w.WriteStringValue(s));
        w.WritePropertyName(Properties);
        WriteProperties(w, e.Properties);
        w.WritePropertyName(Mentions);
        WriteList(w, e.Mentions, WriteSpan);
        w.WriteEndObject();
    }

    private static void WriteRelationship(Utf8JsonWriter w, Relationship r)
    {
        w.WriteStartObject();
        w.WriteString(Type, r.Type);
        w.WriteString(Start, r.Start);
        w.WriteString(End, r.End);
        w.WritePropertyName(Properties);
        WriteProperties(w, r.Properties);
        w.WritePropertyName(Evidence);
        WriteSpan(w, r.Evidence);
        w.WritePropertyName(AllEvidence);
        WriteList(w, r.AllEvidence, WriteSpan);
        w.WriteEndObject();
    }

    private static void WriteSpan(Utf8JsonWriter w, TextSpan? s)
    {
        if (s is null)
        {
            w.WriteNullValue();
            return;
        }

        w.WriteStartObject();
        w.WriteNumber(Start, s.Start);
        w.WriteNumber(End, s.End);
        w.WriteString(Text, s.Text);
        w.WriteEndObject();
    }

    private static void WriteProperties(Utf8JsonWriter w, PropertyMap? properties)
    {
        if (properties is null)
        {
            w.WriteNullValue();
            return;
        }

        w.WriteStartObject();
        foreach (var (name, value) in properties)
        {
            w.WritePropertyName(name);
            if (value is null)
            {
                w.WriteNullValue();
            }
            else
            {
                Values.Write(w, value, GraphJson.Options);
            }
        }

        w.WriteEndObject();
    }

    private static void WriteList<T>(Utf8JsonWriter w, List<T>? items, Action<Utf8JsonWriter, T> write)
    {
        if (items is null)
        {
            w.WriteNullValue();
            return;
        }

        w.WriteStartArray();
        foreach (var item in items)
        {
            if (item is null)
            {
                w.WriteNullValue();
            }
            else
            {
                write(w, item);
            }
        }

        w.WriteEndArray();
    }
}
