using System.CommandLine;
using KnowledgeGraph.Texts;
using KnowledgeGraph.Cli.Hosting;
using KnowledgeGraph.Cli.Service;
using Microsoft.Extensions.DependencyInjection;
using KnowledgeGraph.Model;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg lookup NAME [--json]</c>: the entity best matching NAME and all its relationships, with evidence.</summary>
public static class LookupCommand
{
    public static Option<bool> Json { get; } = new("--json") { Description = Messages.Current.HelpJson };

    public static Command Create()
    {
        var m = Messages.Current;
        var name = NameArgument("name", m.HelpLookupName);
        var source = new Option<string>("--source") { Description = m.HelpSource, DefaultValueFactory = _ => "store" };
        source.AcceptOnlyFromAmong("store", "neo4j");
        var command = new Command("lookup", m.HelpLookup) { name, Json, source };
        command.SetAction((parse, ct) => VerbRunner.RunAsync(
            parse, false, (services, token) => RunAsync(services, parse.GetValue(name)!, parse.GetValue(Json), parse.GetValue(source) == "neo4j", token), ct));
        return command;
    }

    /// <summary>A name argument; an empty or blank name is a usage error, not a search.</summary>
    public static Argument<string> NameArgument(string argumentName, string description)
    {
        var name = new Argument<string>(argumentName) { Description = description };
        name.Validators.Add(r =>
        {
            if (string.IsNullOrWhiteSpace(r.GetValueOrDefault<string>()))
            {
                r.AddError(Messages.Current.EmptyName(argumentName));
            }
        });
        return name;
    }

    private static async Task<int> RunAsync(IServiceProvider services, string name, bool json, bool fromNeo4j, CancellationToken cancellationToken)
    {
        LookupResult? result;
        if (fromNeo4j)
        {
            var sink = services.GetRequiredService<Neo4jSink>();
            if (!sink.Options.Enabled)
            {
                await Console.Error.WriteLineAsync(Messages.Current.ErrorPrefix + Messages.Current.SourceNeo4jNeedsUri).ConfigureAwait(false);
                return ExitCodes.BadUsage;
            }

            await using (sink.ConfigureAwait(false))
            {
                try
                {
                    result = EntityLookup.FromNeo4j(await sink.Reader.LookupAsync(name, cancellationToken).ConfigureAwait(false));
                }
                catch (Exception ex) when (ex is Bolt.Neo4jException or Bolt.BoltProtocolException or IOException)
                {
                    await Console.Error.WriteLineAsync(Messages.Current.ErrorPrefix + "Neo4j: " + TerminalText.Safe(ex.Message)).ConfigureAwait(false);
                    return ExitCodes.Unavailable;
                }
            }
        }
        else
        {
            using var store = VerbRunner.OpenStoreForReading(services);
            result = EntityLookup.Find(store, name);
        }

        return Print(result, name, json);
    }

    private static int Print(LookupResult? result, string name, bool json)
    {
        if (result is null)
        {
            if (json)
            {
                Console.Out.WriteLine("null");
            }

            Console.Error.WriteLine(Messages.Current.NoEntityMatches(TerminalText.Safe(name)));
            return ExitCodes.NotFound;
        }

        if (json)
        {
            Console.Out.WriteLine(System.Text.Json.JsonSerializer.Serialize(result, GraphJson.Options));
        }
        else
        {
            LookupTable.Write(result);
        }

        return ExitCodes.Ok;
    }
}

/// <summary>An entity with its relationships, each seen from the entity's side.</summary>
public sealed record LookupResult(StoredEntity Entity, IReadOnlyList<LookupEdge> Relationships, IReadOnlyList<StoredEntity> OtherMatches);

/// <summary>One relationship of the looked-up entity: direction "out" or "in", the other end, and the evidence.</summary>
public sealed record LookupEdge(string Type, string Direction, string OtherKey, string OtherName, string OtherLabel, IReadOnlyDictionary<string, object> Properties, IReadOnlyList<StoredEvidence> Evidence);

/// <summary>Finds an entity and gathers what the lookup shows; shared by the store and (later) the Neo4j source.</summary>
public static class EntityLookup
{
    public static LookupResult? Find(GraphStore store, string name)
    {
        var matches = store.FindEntities(name);
        if (matches.Count == 0)
        {
            return null;
        }

        var entity = matches[0];
        var names = new Dictionary<string, (string Name, string Label)>(StringComparer.Ordinal);
        var edges = new List<LookupEdge>();
        foreach (var r in store.RelationshipsOf(entity.Key))
        {
            var outgoing = r.Start == entity.Key;
            var other = outgoing ? r.End : r.Start;
            if (!names.TryGetValue(other, out var n))
            {
                n = NameOf(store, other);
                names[other] = n;
            }

            edges.Add(new LookupEdge(r.Type, outgoing ? "out" : "in", other, n.Name, n.Label, r.Properties, r.Evidence));
        }

        return new LookupResult(entity, Ordered(edges), matches.Skip(1).ToList());
    }

    public static LookupResult? FromNeo4j(Neo4j.Neo4jEntityView? view) => view is null ? null : new LookupResult(
        view.Entity,
        Ordered(view.Relationships.Select(x => new LookupEdge(
            x.Relationship.Type, x.Relationship.Start == view.Entity.Key ? "out" : "in", x.Other.Key, x.Other.Name, x.Other.Label,
            x.Relationship.Properties, x.Relationship.Evidence))),
        view.OtherMatches);

    /// <summary>The order both sources show relationships in: by type, MENTIONS last.</summary>
    private static List<LookupEdge> Ordered(IEnumerable<LookupEdge> edges) =>
        edges.OrderBy(e => e.Type == RelationshipTypes.Mentions).ThenBy(e => e.Type, StringComparer.Ordinal).ToList();

    private static (string Name, string Label) NameOf(GraphStore store, string key)
    {
        if (key.StartsWith(ArticleKeys.Prefix, StringComparison.Ordinal))
        {
            return (store.Article(key)?.Title ?? key, GraphLabels.Article);
        }

        var e = store.Entity(key);
        return e is null ? (key, "?") : (e.Name, e.Label);
    }
}
