using KnowledgeGraph.Bolt.PackStream;

namespace KnowledgeGraph.Bolt.Tests.PackStream;

/// <summary>Decoding of nodes, relationships and paths in their Bolt 5 (with element ids) and Bolt 4.4 shapes.</summary>
public class GraphStructureTests
{
    private static byte[] Encode(Action<PackStreamWriter> write)
    {
        using var writer = new PackStreamWriter();
        write(writer);
        return writer.ToArray();
    }

    private static void WriteNode(PackStreamWriter w, long id, string label, string? elementId)
    {
        w.WriteStructHeader(elementId is null ? 3 : 4, StructureTags.Node);
        w.WriteInteger(id);
        w.WriteValue(new[] { label });
        w.WriteValue(new Dictionary<string, object?> { ["name"] = label + id });
        if (elementId is not null)
        {
            w.WriteString(elementId);
        }
    }

    [Fact]
    public void Bolt5_node_has_element_id()
    {
        var node = Assert.IsType<Node>(new PackStreamReader(Encode(w => WriteNode(w, 7, "Person", "4:abc:7"))).ReadValue());
        Assert.Equal(7, node.Id);
        Assert.Equal("4:abc:7", node.ElementId);
        Assert.Equal(["Person"], node.Labels);
        Assert.Equal("Person7", node["name"]);
    }

    [Fact]
    public void Bolt4_node_uses_the_numeric_id_as_element_id()
    {
        var node = Assert.IsType<Node>(new PackStreamReader(Encode(w => WriteNode(w, 7, "Person", null))).ReadValue());
        Assert.Equal("7", node.ElementId);
    }

    [Fact]
    public void Bolt5_relationship()
    {
        var bytes = Encode(w => w.WriteMessage(StructureTags.Relationship, 1L, 2L, 3L, "KNOWS", new Dictionary<string, object?> { ["since"] = 2020L }, "5:r1", "4:n2", "4:n3"));
        var relationship = Assert.IsType<Relationship>(new PackStreamReader(bytes).ReadValue());
        Assert.Equal("KNOWS", relationship.Type);
        Assert.Equal(2020L, relationship["since"]);
        Assert.Equal(("5:r1", "4:n2", "4:n3"), (relationship.ElementId, relationship.StartNodeElementId, relationship.EndNodeElementId));
        Assert.Equal((2L, 3L), (relationship.StartNodeId, relationship.EndNodeId));
    }

    [Fact]
    public void Bolt4_relationship()
    {
        var bytes = Encode(w => w.WriteMessage(StructureTags.Relationship, 1L, 2L, 3L, "KNOWS", new Dictionary<string, object?>()));
        var relationship = Assert.IsType<Relationship>(new PackStreamReader(bytes).ReadValue());
        Assert.Equal(("1", "2", "3"), (relationship.ElementId, relationship.StartNodeElementId, relationship.EndNodeElementId));
    }

    [Fact]
    public void Path_relationships_get_their_direction_from_the_indices()
    {
        // (a)-[r1]->(b)<-[r2]-(c): indices [1, 1, -2, 2]
        var bytes = Encode(w =>
        {
            w.WriteStructHeader(3, StructureTags.Path);
            w.WriteListHeader(3);
            WriteNode(w, 10, "A", "n10");
            WriteNode(w, 11, "B", "n11");
            WriteNode(w, 12, "C", "n12");
            w.WriteListHeader(2);
            w.WriteMessage(StructureTags.UnboundRelationship, 100L, "R1", new Dictionary<string, object?>(), "r100");
            w.WriteMessage(StructureTags.UnboundRelationship, 101L, "R2", new Dictionary<string, object?>(), "r101");
            w.WriteValue(new long[] { 1, 1, -2, 2 });
        });
        var path = Assert.IsType<Path>(new PackStreamReader(bytes).ReadValue());
        Assert.Equal(["n10", "n11", "n12"], path.Nodes.Select(n => n.ElementId));
        Assert.Equal(("n10", "n11"), (path.Relationships[0].StartNodeElementId, path.Relationships[0].EndNodeElementId));
        Assert.Equal(("n12", "n11"), (path.Relationships[1].StartNodeElementId, path.Relationships[1].EndNodeElementId));
        Assert.Equal("R2", path.Relationships[1].Type);
    }

    [Fact]
    public void Graph_values_cannot_be_parameters()
    {
        var node = new Node(1, [], new Dictionary<string, object?>(), "1");
        Assert.Throws<PackStreamException>(() => Hex.Encode(node));
    }

    [Fact]
    public void Wrong_field_count_is_a_clear_error()
    {
        var error = Assert.Throws<PackStreamException>(() => Hex.Decode("B1 4E 01"));
        Assert.Contains("0x4E", error.Message, StringComparison.Ordinal);
    }
}
