using KnowledgeGraph.Feeds.Options;
using KnowledgeGraph.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>The feed lines of <c>kg status</c>: every configured or remembered feed, its last poll, items and failures.</summary>
internal static class FeedStatusLines
{
    public static void Write(GraphStore store, IServiceProvider services)
    {
        var configured = services.GetRequiredService<IOptions<FeedsOptions>>().Value.Items;
        var known = store.Feeds().ToDictionary(f => f.Url, StringComparer.Ordinal);
        var urls = configured.Select(f => f.Uri.AbsoluteUri).Concat(known.Keys).Distinct(StringComparer.Ordinal).ToList();
        Console.Out.WriteLine($"feeds:         {(urls.Count == 0 ? "none (set Feeds:0:Url)" : urls.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))}");
        foreach (var url in urls)
        {
            var name = configured.FirstOrDefault(f => f.Uri.AbsoluteUri == url)?.DisplayName ?? known[url].Name;
            Console.Out.WriteLine($"  {name} ({url}): {Describe(known.GetValueOrDefault(url), configured.Any(f => f.Uri.AbsoluteUri == url))}");
        }
    }

    private static string Describe(FeedState? state, bool configured)
    {
        if (state is null)
        {
            return "never polled";
        }

        var text = state.LastPollAt is { } at ? $"last poll {at:u}, {state.ItemsSeen} items seen" : $"{state.ItemsSeen} items seen, not polled";
        if (state.Failures > 0)
        {
            text += $", FAILING ({state.Failures} in a row): {state.LastError}; next poll {state.NextPollAt:u}";
        }
        else if (state.LastPollAt is not null)
        {
            text += $", ok; next poll {state.NextPollAt:u}";
        }

        return configured ? text : text + " (no longer configured)";
    }
}
