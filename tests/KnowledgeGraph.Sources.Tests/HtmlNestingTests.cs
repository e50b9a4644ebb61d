namespace KnowledgeGraph.Sources.Tests;

/// <summary>Deeply nested HTML is refused by a linear pre-pass before the (quadratic) tree building.</summary>
public class HtmlNestingTests
{
    [Theory]
    [InlineData("<html><body><div><p>a<p>b<ul><li>x<li>y</ul></div></body></html>", 2)]
    [InlineData("<div><div><div></div></div></div>", 3)]
    [InlineData("<p>one<p>two<p>three<br><img src=x><hr>", 0)]
    [InlineData("<div><!-- <div><div><div> --></div>", 1)]
    [InlineData("<script>if (a<b) { '<div><div>' }</script><div></div>", 1)]
    [InlineData("<table><tr><td><span>x</span><td>y</table>", 2)]
    [InlineData("a < b and 1<2", 0)]
    public void Depth_is_counted_as_a_parser_would_nest(string html, int depth) => Assert.Equal(depth, HtmlNesting.Depth(html));

    [Fact]
    public void A_million_unclosed_divs_are_refused_with_a_reason()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 1_000_000)) + "Текст</body></html>";
        var ex = Assert.Throws<ArticleReadException>(() => ArticleReader.Parse("deep.html", System.Text.Encoding.UTF8.GetBytes(html)));
        Assert.Contains("nested deeper than", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Nesting_up_to_the_limit_is_read()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", HtmlNesting.MaxDepth - 1)) + "Министр прибыл в Астану.</body></html>";
        var article = ArticleReader.Parse("ok.html", System.Text.Encoding.UTF8.GetBytes(html));
        Assert.Contains("Министр прибыл в Астану.", article.Text, StringComparison.Ordinal);
    }
}
