using KnowledgeGraph.Model;

namespace KnowledgeGraph.Cypher;

/// <summary>
/// Every template of the <c>cypher/</c> folder, loaded and checked once at start-up: a schema
/// statement and a node writer for every label, a relationship writer for every type, the
/// ready-made queries.
/// </summary>
public sealed class TemplateCatalog
{
    private readonly Dictionary<string, CypherTemplate> _templates;

    private TemplateCatalog(string root, Dictionary<string, CypherTemplate> templates)
    {
        Root = root;
        _templates = templates;
    }

    public string Root { get; }

    public IEnumerable<CypherTemplate> All => _templates.Values.OrderBy(t => t.Name, StringComparer.Ordinal);

    public IEnumerable<CypherTemplate> Schema => All.Where(t => t.Name.StartsWith("schema/", StringComparison.Ordinal));

    public IEnumerable<CypherTemplate> Queries => All.Where(t => t.Name.StartsWith("queries/", StringComparison.Ordinal));

    /// <summary>Loads the catalogue from the default location: beside the program, else the nearest <c>cypher/</c> above the working directory.</summary>
    public static TemplateCatalog LoadDefault() => Load(Locate());

    public static TemplateCatalog Load(string root)
    {
        if (!Directory.Exists(root))
        {
            throw new CypherTemplateException($"no Cypher template folder at {root}");
        }

        var templates = new Dictionary<string, CypherTemplate>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(root, "*.cypher", SearchOption.AllDirectories))
        {
            var name = Path.GetRelativePath(root, file).Replace('\\', '/')[..^".cypher".Length];
            templates[name] = CypherTemplate.Parse(name, file, File.ReadAllText(file));
        }

        var catalog = new TemplateCatalog(root, templates);
        catalog.Check();
        return catalog;
    }

    public CypherTemplate Get(string name) =>
        _templates.TryGetValue(name, out var t) ? t : throw new CypherTemplateException($"no template {name}.cypher under {Root}");

    public CypherTemplate NodeWriter(string label) => Get("write/node-" + GraphLabels.Require(label).ToLowerInvariant());

    public CypherTemplate RelationshipWriter(string type) =>
        Get("write/rel-" + RelationshipTypes.Require(type).ToLowerInvariant().Replace('_', '-'));

    public CypherTemplate Query(string name) => Get("queries/" + name);

    /// <summary>Every label and type has its templates, and every writer takes exactly <c>$rows</c>.</summary>
    private void Check()
    {
        foreach (var label in GraphLabels.All)
        {
            Get("schema/" + label.ToLowerInvariant() + "-key");
            RequireRows(NodeWriter(label), []);
        }

        foreach (var type in RelationshipTypes.All)
        {
            RequireRows(RelationshipWriter(type), ["startLabel", "endLabel"]);
        }

        foreach (var t in Schema.Where(t => t.Parameters.Count > 0 || t.Placeholders.Count > 0))
        {
            throw new CypherTemplateException($"{t.Path}: a schema statement takes no parameters");
        }
    }

    private static void RequireRows(CypherTemplate t, string[] placeholders)
    {
        if (!t.Parameters.SetEquals(["rows"]))
        {
            throw new CypherTemplateException($"{t.Path}: a write template takes exactly $rows, not {string.Join(", ", t.Parameters.Select(p => "$" + p))}");
        }

        if (!t.Placeholders.SetEquals(placeholders))
        {
            throw new CypherTemplateException($"{t.Path}: placeholders must be exactly {string.Join(", ", placeholders)}");
        }
    }

    private static string Locate()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "cypher");
        if (Directory.Exists(beside))
        {
            return beside;
        }

        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "cypher");
            if (Directory.Exists(Path.Combine(candidate, "write")))
            {
                return candidate;
            }
        }

        throw new CypherTemplateException($"no Cypher template folder: looked in {beside} and above {Directory.GetCurrentDirectory()}");
    }
}
