using System.Collections.Concurrent;
using System.Text;

namespace KnowledgeGraph.Feeds.Http;

/// <summary>
/// robots.txt per site, fetched once an hour through the same polite fetcher. A missing file
/// (4xx) allows everything; a server error or no answer stops the site for now (RFC 9309), as a
/// transient failure, so the address is tried again later.
/// </summary>
public sealed class RobotsCache(TimeProvider clock, string productToken)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);
    private readonly ConcurrentDictionary<string, (RobotsRules Rules, DateTimeOffset Until)> _sites = new(StringComparer.OrdinalIgnoreCase);

    public async Task<bool> AllowsAsync(Uri uri, PageFetcher fetcher, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(uri);
        ArgumentNullException.ThrowIfNull(fetcher);
        if (uri.AbsolutePath.Equals("/robots.txt", StringComparison.Ordinal))
        {
            return true;
        }

        var site = uri.GetLeftPart(UriPartial.Authority);
        var now = clock.GetUtcNow();
        if (!_sites.TryGetValue(site, out var entry) || entry.Until <= now)
        {
            entry = (await LoadAsync(new Uri(site + "/robots.txt"), fetcher, cancellationToken).ConfigureAwait(false), now + Lifetime);
            _sites[site] = entry;
        }

        return entry.Rules.Allows(uri.PathAndQuery);
    }

    private async Task<RobotsRules> LoadAsync(Uri robots, PageFetcher fetcher, CancellationToken cancellationToken)
    {
        try
        {
            var response = await fetcher.FetchAsync(new FetchRequest(robots), cancellationToken, checkRobots: false).ConfigureAwait(false);
            return RobotsRules.Parse(Encoding.UTF8.GetString(response.Body), productToken);
        }
        catch (FetchException ex) when (!ex.Transient && ex.Reason.StartsWith("HTTP 4", StringComparison.Ordinal))
        {
            return RobotsRules.AllowAll;
        }
        catch (FetchException ex) when (ex.Transient)
        {
            throw new FetchException(robots, "robots.txt unavailable (" + ex.Reason + "); the site is left alone for now", transient: true, ex);
        }
    }
}
