using System.Text.RegularExpressions;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>
/// Every verb run in Russian (results, tables, progress, help and mistakes) says no English word: what remains of the
/// Latin alphabet is names kg does not translate (the contract's labels and types, option and setting names, formats,
/// products, paths).
/// </summary>
public partial class RussianVoiceTests
{
    /// <summary>Latin words that are names, not English: products, formats, option values, the verbs themselves.</summary>
    private static readonly HashSet<string> Names = new(StringComparer.Ordinal)
    {
        "kg", "Neo4j", "SQLite", "JSON", "json", "graph", "cypher", "graphml", "html", "shell", "Browser", "Bolt", "bolt",
        "localhost", "Ctrl", "SIGTERM", "http", "https", "koi8", "ibm866", "windows", "utf", "LANG", "ru_RU", "UTF", "en", "ru",
        "ingest", "extract", "run", "lookup", "path", "export", "status", "sync", "bench", "store", "neo4j",
        "paths", "name", "from", "to", "inbox", "format", "out", "article", "around", "depth", "max", "hops", "json", "source",
        "all", "set", "verbose", "lang", "help", "version", "encoding", "follow", "links", "NAME", "FILE",
        "Uri", "Feeds", "Url", "items", "extract", "ingest", "sync", "Ingest", "Inbox", "MENTIONS", "data", "db", "bogus", "nobody", "contract",
        "NET", "UNWIND", "RUN", "COMMIT", "articles", "writes", "rows", "feed", "sizes", "write", "corpus", "null", "server", "scaling",
    };

    [Fact]
    public async Task Every_verb_speaks_russian()
    {
        using var dir = new TempDir();
        var runs = new List<(string What, KgResult Result)>();
        async Task Run(params string[] args) => runs.Add((string.Join(' ', args), await KgProcess.RunWithLangAsync("ru_RU.UTF-8", dir.Path, args)));

        await Run("ingest", RepoPaths.SampleArticles);
        await Run("extract", RepoPaths.SampleArticles, "--out", dir.File("json"));
        await Run("lookup", "Казахстан");
        await Run("lookup", "nobody at all");
        await Run("path", "Монголия", "Казахстан");
        await Run("path", "Монголия", "Казахстан", "--max-hops", "99");
        await Run("export", "--format", "html", "--out", dir.File("g.html"));
        await Run("export", "--around", "Казахстан", "--article", "x");
        await Run("status");
        await Run("sync");
        File.WriteAllText(dir.File("not-a-folder"), "x");
        await Run("run", "--inbox", dir.File("not-a-folder"));
        await Run("bogus");

        // kg bench at its smallest: every line of figures (machine, extraction, store writes, Bolt encoding, the feed path,
        // the throughput of one tiny corpus), then the scaling table at 1 KB only.
        await Run("bench", "--articles", "2", "--writes", "1", "--rows", "10", "--feed-items", "1", "--sizes", "3");
        await Run("bench", "--scaling", "1");
        foreach (var verb in new[] { "ingest", "extract", "run", "lookup", "path", "export", "status", "sync", "bench" })
        {
            await Run(verb, "--help");
        }

        await Run("--help");
        Assert.True(runs[0].Result.ExitCode == 0, runs[0].Result.ToString());
        Assert.Contains("сущност", runs[0].Result.Stdout, StringComparison.Ordinal);
        Assert.Contains("Свидетельство", runs[2].Result.Stdout, StringComparison.Ordinal);
        var bench = runs.Single(r => r.What.StartsWith("bench --articles", StringComparison.Ordinal)).Result;
        Assert.True(bench.ExitCode == 0, bench.ToString());
        Assert.Equal(6, bench.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("статьи за", bench.Stdout, StringComparison.Ordinal); // «2 статьи за 0,001 с»
        var scaling = runs.Single(r => r.What == "bench --scaling 1").Result;
        Assert.True(scaling.ExitCode == 0, scaling.ToString());
        Assert.Contains("мкс/КБ", scaling.Stdout, StringComparison.Ordinal);

        var english = runs.SelectMany(r => EnglishWords(r.Result.Stdout + "\n" + r.Result.Stderr, dir.Path).Select(w => $"kg {r.What}: {w}")).ToList();
        Assert.True(english.Count == 0, "English in Russian output:\n" + string.Join("\n", english.Distinct()));
    }

    private static IEnumerable<string> EnglishWords(string output, string workDir)
    {
        // Log records (level, category, then the event on indented lines) are for operators and stay English.
        var text = LogRecord().Replace(output, string.Empty);
        text = text.Replace(workDir, " ", StringComparison.Ordinal).Replace(RepoPaths.SampleArticles, " ", StringComparison.Ordinal)
            .Replace(System.Runtime.InteropServices.RuntimeInformation.OSDescription, " ", StringComparison.Ordinal); // kg bench names the machine's system
        text = Paths().Replace(text, " ");
        foreach (Match m in LatinWord().Matches(text))
        {
            var w = m.Value;
            if (!Names.Contains(w) && !GraphLabels.All.Contains(w) && !RelationshipTypes.All.Contains(w))
            {
                yield return LineOf(text, m.Index);
            }
        }
    }

    private static string LineOf(string text, int index)
    {
        var start = text.LastIndexOf('\n', index) + 1;
        var end = text.IndexOf('\n', index);
        return text[start..(end < 0 ? text.Length : end)].Trim();
    }

    /// <summary>Paths, keys, addresses and option names: no words of a sentence.</summary>
    [GeneratedRegex(@"(\S*[/\\]\S*|\b[\w.-]+:[\w:.-]*|--[\w-]+|\b\w+__\w+|person:\S+|country:\S+)")]
    private static partial Regex Paths();

    [GeneratedRegex(@"^([0-9:]+ )?(info|warn|fail|crit|dbug|trce): .*\n(      .*\n?)*", RegexOptions.Multiline)]
    private static partial Regex LogRecord();

    [GeneratedRegex(@"\b[A-Za-z][A-Za-z_]{2,}\b")]
    private static partial Regex LatinWord();
}
