using KnowledgeGraph.Model;

namespace KnowledgeGraph.Cypher.Tests;

public class CypherTemplateTests
{
    private static CypherTemplate Parse(string text) => CypherTemplate.Parse("test/t", "/x/test/t.cypher", text);

    [Fact]
    public void Finds_parameters_and_placeholders()
    {
        var t = Parse("""
            // Finds things. Parameters: $documented (not used)
            MATCH (a:{{startLabel}} {key: $from})-[:KNOWS]->(b:{{endLabel}})
            WHERE b.age > $min_age AND b.name <> $from
            RETURN b LIMIT $limit
            """);
        Assert.Equal(["from", "limit", "min_age"], t.Parameters.Order(StringComparer.Ordinal));
        Assert.Equal(["endLabel", "startLabel"], t.Placeholders.Order(StringComparer.Ordinal));
        Assert.Equal("Finds things. Parameters: $documented (not used)", t.Description);
        Assert.DoesNotContain("//", t.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Dollars_inside_strings_and_comments_are_not_parameters()
    {
        var t = Parse("""
            // $inComment
            MATCH (n) WHERE n.price = '$single' OR n.note = "$double \" $escaped" OR n.x = 'it\'s $quoted'
            RETURN n, $real // trailing $trailing
            """);
        Assert.Equal(["real"], t.Parameters);
    }

    [Fact]
    public void Dollars_inside_block_comments_and_back_quoted_names_are_not_parameters()
    {
        var t = Parse("""
            MATCH (n) /* $blockComment; still comment
               $andThis */
            RETURN n.`$notParam;` AS `a;b`, $real
            """);
        Assert.Equal(["real"], t.Parameters);
        Assert.DoesNotContain("blockComment", t.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Backslash_is_no_escape_in_a_back_quoted_name()
    {
        var t = Parse("MATCH (n:`odd\\`) RETURN n.`x // y`, $p");
        Assert.Equal(["p"], t.Parameters);
        Assert.Contains("n.`x // y`", t.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Double_slash_inside_a_string_is_not_a_comment()
    {
        var t = Parse("MATCH (n) WHERE n.url = 'https://example.org' RETURN n, $after");
        Assert.Equal(["after"], t.Parameters);
        Assert.Contains("https://example.org", t.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("MATCH (n) RETURN n; MATCH (m) RETURN m")]
    [InlineData("MATCH (n) RETURN n;\nDETACH DELETE n;")]
    public void Two_statements_are_refused(string text)
    {
        var ex = Assert.Throws<CypherTemplateException>(() => Parse(text));
        Assert.Contains("/x/test/t.cypher", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void One_statement_may_end_with_a_semicolon()
    {
        Assert.Equal("CREATE (n)", Parse("CREATE (n); \n").Body);
    }

    [Fact]
    public void Semicolons_inside_strings_and_comments_are_allowed()
    {
        var t = Parse("MATCH (n) WHERE n.x = 'a;b' RETURN n; // done; really");
        Assert.Equal("MATCH (n) WHERE n.x = 'a;b' RETURN n", t.Body);
    }

    [Theory]
    [InlineData("")]
    [InlineData("// only a comment\n   \n")]
    public void Empty_template_is_refused(string text)
    {
        Assert.Throws<CypherTemplateException>(() => Parse(text));
    }

    [Fact]
    public void Render_fills_in_labels_and_types()
    {
        var t = Parse("MATCH (a:{{startLabel}}), (b:{{endLabel}}) MERGE (a)-[:{{type}}]->(b)");
        var text = t.Render(new Dictionary<string, string> { ["startLabel"] = "Person", ["endLabel"] = "City", ["type"] = "VISITED" });
        Assert.Equal("MATCH (a:Person), (b:City) MERGE (a)-[:VISITED]->(b)", text);
    }

    [Theory]
    [InlineData("Person) DETACH DELETE (x")]
    [InlineData("person")]
    [InlineData("Person`")]
    [InlineData("")]
    public void Render_refuses_a_value_that_is_not_a_label_or_type(string value)
    {
        var t = Parse("MATCH (a:{{startLabel}}) RETURN a");
        var ex = Assert.Throws<CypherTemplateException>(() => t.Render(new Dictionary<string, string> { ["startLabel"] = value }));
        Assert.Contains("neither a label nor a relationship type", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_refuses_a_missing_placeholder()
    {
        var t = Parse("MATCH (a:{{startLabel}})-->(b:{{endLabel}}) RETURN a");
        var ex = Assert.Throws<CypherTemplateException>(() => t.Render(new Dictionary<string, string> { ["startLabel"] = GraphLabels.Person }));
        Assert.Contains("{{endLabel}}", ex.Message, StringComparison.Ordinal);
        Assert.Throws<CypherTemplateException>(() => t.Render());
    }

    [Fact]
    public void Render_without_placeholders_is_the_body()
    {
        var t = Parse("// c\nRETURN $x;\n");
        Assert.Equal("RETURN $x", t.Render());
        Assert.Equal("test/t", t.Name);
        Assert.Equal("/x/test/t.cypher", t.Path);
    }
}
