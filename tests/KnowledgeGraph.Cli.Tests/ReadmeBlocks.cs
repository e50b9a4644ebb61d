namespace KnowledgeGraph.Cli.Tests;

/// <summary>The fenced code blocks of the README, each with its language, its marker (an HTML comment on the line before, if any) and its lines.</summary>
internal sealed record ReadmeBlock(int Line, string Language, string? Marker, IReadOnlyList<string> Lines)
{
    public static string ReadmePath => Path.Combine(RepoPaths.Root, "README.md");

    public static List<ReadmeBlock> All()
    {
        var lines = File.ReadAllLines(ReadmePath);
        var blocks = new List<ReadmeBlock>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith("```", StringComparison.Ordinal))
            {
                continue;
            }

            var language = lines[i][3..].Trim();
            var marker = i > 0 && lines[i - 1].StartsWith("<!--", StringComparison.Ordinal) ? lines[i - 1].Trim() : null;
            var body = new List<string>();
            var start = i;
            for (i++; i < lines.Length && !lines[i].StartsWith("```", StringComparison.Ordinal); i++)
            {
                body.Add(lines[i]);
            }

            blocks.Add(new ReadmeBlock(start + 1, language, marker, body));
        }

        return blocks;
    }

    /// <summary>The one block under <paramref name="marker"/> (e.g. "graph-json examples: entities").</summary>
    public static ReadmeBlock Marked(string marker) =>
        All().Single(b => b.Marker == $"<!-- {marker} -->");
}
