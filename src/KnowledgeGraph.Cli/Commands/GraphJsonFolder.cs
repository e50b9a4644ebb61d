using Microsoft.Win32.SafeHandles;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// The output folder of <c>kg extract</c>: X.txt becomes X.json, written as a new temporary file beside it
/// and renamed over the target once complete, so a reader never sees half a file and an earlier X.json
/// stays whole until then. The folder is resolved to a full path once; each file is created new (no
/// truncation of an existing one) and written with one call.
/// </summary>
internal sealed class GraphJsonFolder
{
    private static readonly ReadOnlyMemory<byte> Newline = "\n"u8.ToArray();

    private readonly string _folder;

    public GraphJsonFolder(string folder)
    {
        _folder = Path.GetFullPath(folder);
        Directory.CreateDirectory(_folder);
    }

    /// <summary>Writes the graph JSON of the article read from <paramref name="articlePath"/>, with a line end after it.</summary>
    public void Write(string articlePath, ReadOnlyMemory<byte> json)
    {
        var target = Path.Combine(_folder, Path.GetFileNameWithoutExtension(articlePath) + ".json");
        var temp = target + ".tmp";
        try
        {
            using (var file = CreateNew(temp))
            {
                RandomAccess.Write(file, [json, Newline], 0);
            }

            File.Move(temp, target, overwrite: true);
        }
        catch
        {
            AtomicFile.TryDelete(temp);
            throw;
        }
    }

    private static SafeFileHandle CreateNew(string temp)
    {
        try
        {
            return File.OpenHandle(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        }
        catch (IOException) when (File.Exists(temp))
        {
            // Left by a run that was stopped between writing and renaming: nobody else's, so replaced.
            File.Delete(temp);
            return File.OpenHandle(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        }
    }
}
