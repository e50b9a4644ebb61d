using System.Text;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// Writes a file through a temporary file beside it, renamed over the target only once complete:
/// a full disk or a stop leaves the earlier file as it was and no partial file behind.
/// </summary>
internal static class AtomicFile
{
    public static async Task WriteAsync(string path, Func<TextWriter, Task> write, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(path);
        var temp = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        try
        {
            var writer = new StreamWriter(temp, append: false, new UTF8Encoding(false));
            await using (writer.ConfigureAwait(false))
            {
                await write(writer).ConfigureAwait(false);
                await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
            }

            File.Move(temp, full, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    /// <summary>Removes a temporary file if it can; the target is untouched either way.</summary>
    internal static void TryDelete(string temp)
    {
        try
        {
            File.Delete(temp);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // nothing more can be done; the target is untouched either way
        }
    }
}
