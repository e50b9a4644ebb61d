using System.Buffers;
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

    private readonly string _directory = Directory.GetCurrentDirectory();

    /// <summary>Files larger than this are refused before they are read (8 MiB: no news article comes near it).</summary>
    public const long DefaultMaxBytes = 8L * 1024 * 1024;

    public static IReadOnlySet<string> Extensions { get; } =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".txt", ".json", ".html", ".htm" };

    /// <summary>Files up to this size are read into an array rented from the shared pool, given back once decoded.</summary>
    private const int PooledBytes = 1024 * 1024;

    public SourceArticle Read(string path)
    {
        var (bytes, length, pooled) = ReadBytes(path);
        try
        {
            return Parse(path, bytes.AsSpan(0, length), _encoding);
        }
        finally
        {
            if (pooled)
            {
                // The article holds only the decoded text, never the bytes: the array can serve the next file.
                ArrayPool<byte>.Shared.Return(bytes);
            }
        }
    }

    /// <summary>
    /// The whole file, through one open handle (one open, one size query, one read): nothing is asked of
    /// the file system by name a second time, and a relative path is resolved against the working directory
    /// seen when the reader was made. The file's bytes are the first <c>Length</c> of the array, rented
    /// from <see cref="ArrayPool{T}.Shared"/> when <c>Pooled</c>.
    /// </summary>
    private (byte[] Bytes, int Length, bool Pooled) ReadBytes(string path)
    {
        try
        {
            using var handle = File.OpenHandle(System.IO.Path.GetFullPath(path, _directory), FileMode.Open, FileAccess.Read, FileShare.Read);
            var length = RandomAccess.GetLength(handle);
            if (length > maxBytes)
            {
                throw new ArticleReadException(path, $"file of {length} bytes is larger than the limit of {maxBytes} bytes");
            }

            if (length == 0)
            {
                var whole = ReadToEnd(path, handle); // empty, or a file that does not tell its size (/proc)
                return (whole, whole.Length, false);
            }

            var pooled = length <= PooledBytes;
            var bytes = pooled ? ArrayPool<byte>.Shared.Rent((int)length) : new byte[length];
            var read = 0;
            try
            {
                while (read < length)
                {
                    var n = RandomAccess.Read(handle, bytes.AsSpan(read, (int)length - read), read);
                    if (n == 0)
                    {
                        break; // shrank while read
                    }

                    read += n;
                }
            }
            catch when (pooled)
            {
                ArrayPool<byte>.Shared.Return(bytes);
                throw;
            }

            return (bytes, read, pooled);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new ArticleReadException(path, "no such file", ex);
        }
        catch (UnauthorizedAccessException ex) when (Directory.Exists(path))
        {
            throw new ArticleReadException(path, "is a directory", ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ArticleReadException(path, ex.Message, ex);
        }
    }

    private byte[] ReadToEnd(string path, Microsoft.Win32.SafeHandles.SafeFileHandle handle)
    {
        using var stream = new FileStream(handle, FileAccess.Read, bufferSize: 0);
        using var copy = new MemoryStream();
        var buffer = new byte[16 * 1024];
        int n;
        while ((n = stream.Read(buffer)) > 0)
        {
            copy.Write(buffer, 0, n);
            if (copy.Length > maxBytes)
            {
                throw new ArticleReadException(path, $"file of more than {maxBytes} bytes is larger than the limit of {maxBytes} bytes");
            }
        }

        return copy.ToArray();
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
