using KnowledgeGraph.Cli.Hosting;
using KnowledgeGraph.Neo4j;

namespace KnowledgeGraph.Cli.Tests;

public sealed class TerminalTextTests
{
    [Theory]
    [InlineData("обычный текст", "обычный текст")]
    [InlineData("\u001b[31mкрасный\u001b[0m", "\\x1b[31mкрасный\\x1b[0m")]
    [InlineData("звонок\u0007", "звонок\\x07")]
    [InlineData("a\nb\tc\rd", "a\\nb\\tc\\rd")]
    [InlineData("csi\u009b2J", "csi\\x9b2J")]
    [InlineData("\u202eперевёрнуто", "\\u202eперевёрнуто")]
    public void Controls_become_visible_escapes(string text, string expected) => Assert.Equal(expected, TerminalText.Safe(text));

    [Fact]
    public void A_path_with_a_newline_is_quoted_and_escaped_and_a_plain_one_is_not()
    {
        Assert.Equal("\"/in/bad\\nname.txt\"", TerminalText.Path("/in/bad\nname.txt"));
        Assert.Equal("/in/good name.txt", TerminalText.Path("/in/good name.txt"));
    }

    [Fact]
    public void A_table_cell_turns_line_breaks_into_spaces() => Assert.Equal("a b c\\x1b", TerminalText.Cell("a\r\nb\nc\u001b"));
}

public sealed class ConfigurationRulesTests
{
    [Theory]
    [InlineData("Neo4j:Uri")]
    [InlineData("neo4j:batchsize")]
    [InlineData("Store:Path")]
    [InlineData("Extraction:ArticleTimeoutSeconds")]
    [InlineData("Logging:LogLevel:Default")]
    public void Known_keys_pass(string key) => ConfigurationKeys.Check([key]);

    [Theory]
    [InlineData("Foo:Bar")]
    [InlineData("Neo4j:Passwort")]
    [InlineData("Store")]
    [InlineData("Store:Path:Extra")]
    public void Unknown_keys_are_usage_errors(string key) => Assert.Throws<UsageException>(() => ConfigurationKeys.Check([key]));

    [Theory]
    [InlineData("bolt://localhost:7687", true)]
    [InlineData("neo4j+s://db.example.org", true)]
    [InlineData("bolt://neo4j:s3cr3t@host:7687", false)]
    [InlineData("bolt://user@host", false)]
    [InlineData("bolt://host:99999", false)]
    [InlineData("bolt://host:0", false)]
    [InlineData("bolt://", false)]
    public void Neo4j_uri_rules(string uri, bool valid)
    {
        var result = new Neo4jUriRules().Validate(null, new Neo4jOptions { Uri = uri });
        Assert.Equal(valid, result.Succeeded);
        Assert.DoesNotContain("s3cr3t", result.FailureMessage ?? string.Empty, StringComparison.Ordinal);
    }
}
