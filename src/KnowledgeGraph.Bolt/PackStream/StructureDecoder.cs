using System.Globalization;

namespace KnowledgeGraph.Bolt.PackStream;

/// <summary>Turns a structure (tag and fields) into a graph, temporal or spatial .NET value.</summary>
public static class StructureDecoder
{
    public static object Decode(byte tag, object?[] fields)
    {
        var f = new Fields(tag, fields);
        return tag switch
        {
            StructureTags.Node => DecodeNode(f),
            StructureTags.Relationship => DecodeRelationship(f),
            StructureTags.UnboundRelationship => DecodeUnbound(f),
            StructureTags.Path => PathBuilder.Build(f.List<Node>(0), f.List<UnboundRelationship>(1), f.List<long>(2)),
            _ => TemporalDecoder.TryDecode(f) ?? DecodeSpatial(f) ?? (object)new PackStreamStructure(tag, fields),
        };
    }

    private static Node DecodeNode(Fields f)
    {
        f.Expect(3, 4);
        var id = f.Long(0);
        return new Node(id, f.List<string>(1), f.Map(2), f.Count > 3 ? f.String(3) : Text(id));
    }

    private static Relationship DecodeRelationship(Fields f)
    {
        f.Expect(5, 8);
        var id = f.Long(0);
        var start = f.Long(1);
        var end = f.Long(2);
        return f.Count > 5
            ? new Relationship(id, start, end, f.String(3), f.Map(4), f.String(5), f.String(6), f.String(7))
            : new Relationship(id, start, end, f.String(3), f.Map(4), Text(id), Text(start), Text(end));
    }

    private static UnboundRelationship DecodeUnbound(Fields f)
    {
        f.Expect(3, 4);
        var id = f.Long(0);
        return new UnboundRelationship(id, f.String(1), f.Map(2), f.Count > 3 ? f.String(3) : Text(id));
    }

    private static Point? DecodeSpatial(Fields f)
    {
        switch (f.Tag)
        {
            case StructureTags.Point2D:
                f.Expect(3, 3);
                return new Point((int)f.Long(0), f.Double(1), f.Double(2));
            case StructureTags.Point3D:
                f.Expect(4, 4);
                return new Point((int)f.Long(0), f.Double(1), f.Double(2), f.Double(3));
            default:
                return null;
        }
    }

    private static string Text(long id) => id.ToString(CultureInfo.InvariantCulture);
}
