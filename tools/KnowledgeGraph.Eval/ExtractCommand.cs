using System.Diagnostics;
using System.Text;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Eval;

/// <summary>
/// <c>extract IN_DIR OUT_DIR</c>: reads every *.txt of IN_DIR (UTF-8; the title is the first
/// non-empty line) and writes OUT_DIR/&lt;name&gt;.json in the graph-json contract.
/// </summary>
public static class ExtractCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length != 2)
        {
            await Console.Error.WriteLineAsync("usage: extract IN_DIR OUT_DIR").ConfigureAwait(false);
            return 2;
        }

        var (inDir, outDir) = (args[0], args[1]);
        if (!Directory.Exists(inDir))
        {
            await Console.Error.WriteLineAsync($"no such folder: {inDir}").ConfigureAwait(false);
            return 1;
        }

        Directory.CreateDirectory(outDir);
        var extractor = ArticleExtractor.CreateDefault();
        var files = Directory.GetFiles(inDir, "*.txt").Order(StringComparer.Ordinal).ToList();
        var watch = Stopwatch.StartNew();
        var failed = 0;
        foreach (var path in files)
        {
            var article = Read(path);
            var doc = extractor.Extract(article);
            var problems = GraphValidator.Check(doc, article.Text);
            if (problems.Count > 0)
            {
                failed++;
                await Console.Error.WriteLineAsync($"{path}: {string.Join("; ", problems)}").ConfigureAwait(false);
                continue;
            }

            await GraphJson.WriteAsync(doc, Path.Combine(outDir, Path.GetFileNameWithoutExtension(path) + ".json")).ConfigureAwait(false);
        }

        Console.WriteLine($"extracted {files.Count - failed} of {files.Count} articles in {watch.ElapsedMilliseconds} ms");
        return failed == 0 ? 0 : 1;
    }

    public static SourceArticle Read(string path)
    {
        var text = File.ReadAllText(path, Encoding.UTF8);
        var title = text.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? Path.GetFileNameWithoutExtension(path);
        return new SourceArticle { Path = path, Title = title, Text = text };
    }
}
