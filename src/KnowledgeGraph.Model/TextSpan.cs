namespace KnowledgeGraph.Model;

/// <summary>
/// A slice of the original article text: UTF-16 offsets into the text exactly as read
/// (before normalisation), end exclusive. <see cref="Text"/> equals that slice.
/// </summary>
public sealed record TextSpan(int Start, int End, string Text)
{
    [System.Text.Json.Serialization.JsonIgnore]
    public int Length => End - Start;

    /// <summary>The span of <paramref name="text"/> from <paramref name="start"/> to <paramref name="end"/>.</summary>
    public static TextSpan Of(string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (start < 0 || end < start || end > text.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(start), $"Span {start}..{end} is outside a text of {text.Length} characters.");
        }

        return new TextSpan(start, end, text[start..end]);
    }
}
