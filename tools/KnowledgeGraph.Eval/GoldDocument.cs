namespace KnowledgeGraph.Eval;

/// <summary>
/// One factRuEval-2016 document's gold: facts (.facts) whose «objN» arguments resolve through
/// coreference chains (.coref) to objects (.objects) and their spans (.spans), as text ranges.
/// </summary>
internal sealed class GoldDocument
{
    private readonly Dictionary<string, (int Start, int End)> _spans = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Start, int End)> _objects = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _chains = new(StringComparer.Ordinal);

    public List<GoldFact> Facts { get; } = [];

    public static GoldDocument Read(string dir, string name)
    {
        var g = new GoldDocument();
        foreach (var line in Lines(dir, name, ".spans"))
        {
            var p = line.Split('#')[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (p.Length >= 4)
            {
                var start = int.Parse(p[2], System.Globalization.CultureInfo.InvariantCulture);
                g._spans[p[0]] = (start, start + int.Parse(p[3], System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        foreach (var line in Lines(dir, name, ".objects"))
        {
            var p = line.Split('#')[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var ext = p.Skip(2).Where(g._spans.ContainsKey).Select(s => g._spans[s]).ToList();
            if (ext.Count > 0)
            {
                g._objects[p[0]] = (ext.Min(x => x.Start), ext.Max(x => x.End));
            }
        }

        foreach (var line in Lines(dir, name, ".coref"))
        {
            var p = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (p.Length >= 2 && p.All(x => x.All(char.IsAsciiDigit)))
            {
                g._chains[p[0]] = [.. p.Skip(1)];
            }
        }

        GoldFact? fact = null;
        foreach (var line in Lines(dir, name, ".facts", keepBlank: true))
        {
            if (line.Length == 0)
            {
                fact = null;
                continue;
            }

            var p = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fact is null)
            {
                fact = new GoldFact(p.Length > 1 ? p[1] : string.Empty, line);
                g.Facts.Add(fact);
                continue;
            }

            var objects = p.Skip(1).Where(x => x.StartsWith("obj", StringComparison.Ordinal)).Select(x => x[3..]).ToList();
            fact.Arguments.Add(new GoldArgument(p[0], objects));
            fact.Text += "; " + line;
        }

        foreach (var f in g.Facts)
        {
            f.Resolve = g.RangesOf;
        }

        return g;
    }

    /// <summary>The text ranges of every object of the given coreference chains.</summary>
    public List<(int Start, int End)> RangesOf(IEnumerable<string> chains) =>
        chains.SelectMany(c => _chains.TryGetValue(c, out var objs) ? objs : [])
            .Where(_objects.ContainsKey)
            .Select(o => _objects[o])
            .ToList();

    private static IEnumerable<string> Lines(string dir, string name, string ext, bool keepBlank = false)
    {
        var path = Path.Combine(dir, name + ext);
        return File.Exists(path)
            ? File.ReadAllLines(path).Select(l => l.Trim()).Where(l => keepBlank || l.Length > 0)
            : [];
    }
}

internal sealed record GoldArgument(string Role, List<string> Objects);

internal sealed class GoldFact(string type, string text)
{
    public string Type { get; } = type;

    public string Text { get; set; } = text;

    public List<GoldArgument> Arguments { get; } = [];

    public Func<IEnumerable<string>, List<(int Start, int End)>> Resolve { get; set; } = _ => [];

    /// <summary>The ranges of every argument with this role.</summary>
    public List<(int Start, int End)> Ranges(string role) =>
        Resolve(Arguments.Where(a => a.Role == role).SelectMany(a => a.Objects));
}
