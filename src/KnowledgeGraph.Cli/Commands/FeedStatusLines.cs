using KnowledgeGraph.Feeds.Options;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Texts;
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
        var m = Messages.Current;
        Console.Out.WriteLine((m.FeedsName + ":").PadRight(15) + m.FeedsLine(urls.Count));
        foreach (var url in urls)
        {
            var name = configured.FirstOrDefault(f => f.Uri.AbsoluteUri == url)?.DisplayName ?? known[url].Name;
            Console.Out.WriteLine($"  {name} ({url}): {Describe(known.GetValueOrDefault(url), configured.Any(f => f.Uri.AbsoluteUri == url))}");
        }
    }

    private static string Describe(FeedState? state, bool configured)
    {
        var m = Messages.Current;
        if (state is null)
        {
            return m.NeverPolled;
        }

        var text = state.LastPollAt is { } at ? m.LastPoll(at, state.ItemsSeen) : m.NotPolled(state.ItemsSeen);
        if (state.Failures > 0)
        {
            text += m.FeedFailing(state.Failures, state.LastError ?? string.Empty, state.NextPollAt);
        }
        else if (state.LastPollAt is not null)
        {
            text += m.FeedOk(state.NextPollAt);
        }

        return configured ? text : text + m.NoLongerConfigured;
    }
}
