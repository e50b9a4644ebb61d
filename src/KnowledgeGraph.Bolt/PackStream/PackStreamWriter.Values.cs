using System.Collections;

namespace KnowledgeGraph.Bolt.PackStream;

public sealed partial class PackStreamWriter
{
    /// <summary>
    /// Writes any supported .NET value: null, bool, integers, floating point, string, char, Guid (as string),
    /// byte[], lists/enumerables, string-keyed dictionaries, temporal and spatial values.
    /// </summary>
    public void WriteValue(object? value)
    {
        switch (value)
        {
            case null: WriteNull(); break;
            case string s: WriteString(s); break;
            case int i: WriteInteger(i); break;
            case long l: WriteInteger(l); break;
            case double d: WriteFloat(d); break;
            case bool b: WriteBoolean(b); break;
            case Dictionary<string, object?> dictionary: WriteDictionary(dictionary); break;
            case byte[] bytes: WriteBytes(bytes); break;
            case object?[] array: WriteArray(array); break;
            case List<object?> list: WriteList(list); break;
            default: WriteOtherValue(value); break;
        }
    }

    public void WriteDictionary(Dictionary<string, object?> dictionary)
    {
        WriteMapHeader(dictionary.Count);
        foreach (var (key, item) in dictionary)
        {
            WriteString(key);
            WriteValue(item);
        }
    }

    public void WriteDictionary(IReadOnlyDictionary<string, object?> dictionary)
    {
        if (dictionary is Dictionary<string, object?> concrete)
        {
            WriteDictionary(concrete);
            return;
        }

        WriteMapHeader(dictionary.Count);
        foreach (var (key, item) in dictionary)
        {
            WriteString(key);
            WriteValue(item);
        }
    }

    public void WriteList(List<object?> list)
    {
        WriteListHeader(list.Count);
        for (var i = 0; i < list.Count; i++)
        {
            WriteValue(list[i]);
        }
    }

    private void WriteArray(object?[] array)
    {
        WriteListHeader(array.Length);
        for (var i = 0; i < array.Length; i++)
        {
            WriteValue(array[i]);
        }
    }

    private void WriteOtherValue(object value)
    {
        switch (value)
        {
            case short v: WriteInteger(v); break;
            case sbyte v: WriteInteger(v); break;
            case byte v: WriteInteger(v); break;
            case ushort v: WriteInteger(v); break;
            case uint v: WriteInteger(v); break;
            case ulong v when v <= long.MaxValue: WriteInteger((long)v); break;
            case ulong v: throw new PackStreamException($"The integer {v} is larger than the 64-bit signed range PackStream supports.");
            case float v: WriteFloat(v); break;
            case char v: WriteString([v]); break;
            case Guid v: WriteString(v.ToString()); break;
            case ReadOnlyMemory<byte> v: WriteBytes(v.Span); break;
            case Memory<byte> v: WriteBytes(v.Span); break;
            case IDictionary<string, object?> v: WriteGenericDictionary(v); break;
            case IReadOnlyDictionary<string, object?> v: WriteDictionary(v); break;
            case IDictionary v: WriteNonGenericDictionary(v); break;
            case IList v: WriteNonGenericList(v); break;
            default:
                if (!TryWriteTemporalOrSpatial(value))
                {
                    WriteEnumerableOrThrow(value);
                }

                break;
        }
    }

    private void WriteGenericDictionary(IDictionary<string, object?> dictionary)
    {
        WriteMapHeader(dictionary.Count);
        foreach (var (key, item) in dictionary)
        {
            WriteString(key);
            WriteValue(item);
        }
    }

    private void WriteNonGenericDictionary(IDictionary dictionary)
    {
        WriteMapHeader(dictionary.Count);
        var enumerator = dictionary.GetEnumerator();
        while (enumerator.MoveNext())
        {
            if (enumerator.Key is not string key)
            {
                throw new PackStreamException($"Dictionary keys must be strings; found a key of type {enumerator.Key.GetType().Name}.");
            }

            WriteString(key);
            WriteValue(enumerator.Value);
        }
    }

    private void WriteNonGenericList(IList list)
    {
        WriteListHeader(list.Count);
        for (var i = 0; i < list.Count; i++)
        {
            WriteValue(list[i]);
        }
    }

    private void WriteEnumerableOrThrow(object value)
    {
        if (value is IEnumerable enumerable)
        {
            var items = new List<object?>();
            foreach (var item in enumerable)
            {
                items.Add(item);
            }

            WriteList(items);
            return;
        }

        throw new PackStreamException(
            $"Values of type {value.GetType().FullName} cannot be sent as parameters. " +
            "Use primitives, strings, byte[], lists, string-keyed dictionaries, temporal or point values.");
    }
}
