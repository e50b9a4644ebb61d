using KnowledgeGraph.Extraction.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Tests.Regression;

/// <summary>The snapshot helper itself: a stable rendering and a diff a person can read.</summary>
public sealed class SnapshotHelperTests
{
    [Fact]
    public void Rendering_does_not_depend_on_the_order_of_entities_and_relationships()
    {
        var doc = Extractors.Default.Extract(Extractors.Article(
            "Министр посетил Омск\n\nОМСК. КАЗИНФОРМ – Министр иностранных дел Казахстана Ерлан Садыков встретился в Омске с губернатором Омской области Игорем Власовым. Е.Садыков и Игорь Власов обсудили торговлю."));
        var shuffled = new GraphDocument
        {
            Article = doc.Article,
            Entities = [.. Enumerable.Reverse(doc.Entities)],
            Relationships = [.. Enumerable.Reverse(doc.Relationships)],
        };

        var text = GraphSnapshotText.Render(doc);
        Assert.Equal(text, GraphSnapshotText.Render(shuffled));
        Assert.Contains("Person «Ерлан Садыков»", text, StringComparison.Ordinal);
        Assert.Contains("MENTIONS: article -> each of the " + doc.Entities.Count + " entities", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_relationship_end_is_shown_by_name_and_with_its_key_when_two_entities_share_the_name()
    {
        var article = new ArticleInfo { Key = "article:x", Title = "t" };
        Entity Make(string key, string label) => new() { Key = key, Label = label, Name = "Астана" };
        var doc = new GraphDocument
        {
            Article = article,
            Entities = [Make("city:astana", GraphLabels.City), Make("organization:astana", GraphLabels.Organization)],
            Relationships = [new Relationship { Type = RelationshipTypes.LocatedIn, Start = "organization:astana", End = "city:astana", Evidence = new TextSpan(0, 1, "Т\nx") }],
        };

        var lines = GraphSnapshotText.Render(doc).Split('\n');
        Assert.Contains("LOCATED_IN «Астана» [organization:astana] -> «Астана» [city:astana]", lines);
        Assert.Contains("  evidence 0..1 «Т\\nx»", lines);
        Assert.Contains("MENTIONS: 0 (not one per entity)", lines);
    }

    [Fact]
    public void The_diff_heads_each_hunk_with_the_block_the_change_belongs_to()
    {
        string[] before = ["entities: 2", "Person «А»  person:a", "  alias «Б»", "  mention 1..2 «А»", "Person «В»  person:v", "  mention 5..6 «В»"];
        string[] after = ["entities: 2", "Person «А»  person:a", "  alias «Бэ»", "  mention 1..2 «А»", "Person «В»  person:v", "  mention 5..6 «В»"];

        var diff = LineDiff.Format(before, after).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(["@@ Person «А»  person:a", "  Person «А»  person:a", "-   alias «Б»", "+   alias «Бэ»", "    mention 1..2 «А»"], diff);
        Assert.Equal((1, 1), LineDiff.Count(before, after));
    }

    [Fact]
    public void Far_apart_changes_give_separate_hunks_and_equal_texts_give_none()
    {
        string[] before = ["a", "b", "c", "d", "e", "f", "g", "h"];
        string[] after = ["a", "B", "c", "d", "e", "f", "G", "h"];

        var diff = LineDiff.Format(before, after);

        Assert.Equal(2, diff.Split('\n').Count(l => l.StartsWith("@@", StringComparison.Ordinal)));
        Assert.Contains("+ G", diff, StringComparison.Ordinal);
        Assert.Contains("- b", diff, StringComparison.Ordinal);
        Assert.Empty(LineDiff.Format(before, before));
    }

    [Fact]
    public void A_difference_fails_writes_the_received_file_and_a_match_removes_it()
    {
        var dir = Directory.CreateTempSubdirectory("kg-snapshot-");
        try
        {
            var article = Path.Combine(dir.FullName, "sample-99-test.txt");
            File.WriteAllText(ApprovedSnapshot.ApprovedPath(article), "article\n  title «x»\n");
            if (ApprovedSnapshot.ApprovingAllowed())
            {
                return; // under KG_APPROVE_SNAPSHOTS=1 a difference is approved, not failed: nothing to check here
            }

            var failure = Assert.ThrowsAny<Exception>(() => ApprovedSnapshot.Verify(article, "article\n  title «y»\n"));
            Assert.Contains("-   title «x»", failure.Message, StringComparison.Ordinal);
            Assert.Contains("+   title «y»", failure.Message, StringComparison.Ordinal);
            Assert.Equal("article\n  title «y»\n", File.ReadAllText(ApprovedSnapshot.ReceivedPath(article)));

            ApprovedSnapshot.Verify(article, "article\r\n  title «x»\r\n");
            Assert.False(File.Exists(ApprovedSnapshot.ReceivedPath(article)));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
