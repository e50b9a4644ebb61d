using KnowledgeGraph.Model;

namespace KnowledgeGraph.Sources;

/// <summary>
/// Reads one article file: plain text (first non-empty line is the title) or JSON
/// (<c>{"title", "text", "url", "source", "published"}</c>). The text is kept exactly as decoded.
/// </summary>
public sealed class ArticleReader(long maxBytes = ArticleReader.DefaultMaxBytes, string? encoding = null)
{
    private readonly System.Text.Encoding? _encoding = string.IsNullOrWhiteSpace(encoding)
        ? null
        : TextDecoder.Find(encoding) ?? throw new ArgumentException($"unknown encoding '{encoding}'", nameof(encoding));

    /// <summary>Files larger than this are refused before they are read (8 MiB: no news article comes near it).</summary>
    public const long DefaultMaxBytes = 8L * 1024 * 1024;

    public static IReadOnlySet<string> Extensions { get; } =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".txt", ".json", ".html", ".htm" };

    public SourceArticle Read(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new ArticleReadException(path, Directory.Exists(path) ? "is a directory" : "no such file");
        }

        if (info.Length > maxBytes)
        {
            throw new ArticleReadException(path, $"file of {info.Length} bytes is larger than the limit of {maxBytes} bytes");
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ArticleReadException(path, ex.Message, ex);
        }

        return Parse(path, bytes, _encoding);
    }

    /// <summary>Builds an article from the bytes of a file called <paramref name="path"/>, in <paramref name="encoding"/> when given.</summary>
    public static SourceArticle Parse(string path, ReadOnlySpan<byte> bytes, System.Text.Encoding? encoding = null)
    {
        if (bytes.Length == 0)
        {
            throw new ArticleReadException(path, "empty file");
        }

        string text;
        try
        {
            text = encoding is null ? TextDecoder.Decode(bytes).Text : TextDecoder.Decode(bytes, encoding);
        }
        catch (FormatException ex)
        {
            throw new ArticleReadException(path, ex.Message, ex);
        }

        var ext = System.IO.Path.GetExtension(path);
        var article = ext.Equals(".json", StringComparison.OrdinalIgnoreCase)
            ? JsonArticle.Parse(path, text)
            : ext.Equals(".html", StringComparison.OrdinalIgnoreCase) || ext.Equals(".htm", StringComparison.OrdinalIgnoreCase)
                ? HtmlArticle.Parse(path, text)
                : PlainTextArticle.Parse(path, text);
        if (string.IsNullOrWhiteSpace(article.Text))
        {
            throw new ArticleReadException(path, "no text (only white space)");
        }

        return article;
    }
}
