using KnowledgeGraph.Model;

namespace KnowledgeGraph.Model.Tests;

public class TextSpanTests
{
    private const string Text = "Анна Ковалёва прилетела в Астану.";

    [Fact]
    public void Of_takes_the_slice_with_end_exclusive()
    {
        var span = TextSpan.Of(Text, 5, 13);
        Assert.Equal(new TextSpan(5, 13, "Ковалёва"), span);
        Assert.Equal(8, span.Length);
    }

    [Fact]
    public void Of_allows_empty_span_and_whole_text()
    {
        Assert.Equal(string.Empty, TextSpan.Of(Text, 4, 4).Text);
        Assert.Equal(Text, TextSpan.Of(Text, 0, Text.Length).Text);
    }

    [Fact]
    public void Of_counts_utf16_code_units()
    {
        var text = "a😀b";
        Assert.Equal("😀", TextSpan.Of(text, 1, 3).Text);
        Assert.Equal("b", TextSpan.Of(text, 3, 4).Text);
    }

    [Theory]
    [InlineData(-1, 3)]
    [InlineData(5, 4)]
    [InlineData(0, 34)]
    [InlineData(40, 41)]
    public void Of_rejects_spans_outside_the_text(int start, int end)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => TextSpan.Of(Text, start, end));
        Assert.Contains($"{start}..{end}", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_rejects_null_text()
    {
        Assert.Throws<ArgumentNullException>(() => TextSpan.Of(null!, 0, 0));
    }
}
