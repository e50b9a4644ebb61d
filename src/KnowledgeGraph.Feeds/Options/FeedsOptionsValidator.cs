using AngleSharp.Html.Parser;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Feeds.Options;

/// <summary>Checks every feed at start-up; each message names the setting (<c>Feeds:2:Url</c>).</summary>
public sealed class FeedsOptionsValidator : IValidateOptions<FeedsOptions>
{
    public ValidateOptionsResult Validate(string? name, FeedsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var urls = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < options.Items.Count; i++)
        {
            var feed = options.Items[i];
            var key = $"{FeedsOptions.Section}:{i}";
            if (!Uri.TryCreate(feed.Url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                failures.Add($"{key}:Url must be an absolute http or https address (got '{feed.Url}').");
            }
            else if (!urls.Add(uri.AbsoluteUri))
            {
                failures.Add($"{key}:Url repeats a feed listed before it ({uri.AbsoluteUri}).");
            }

            if (feed.PollSeconds is < 1 or > 7 * 24 * 3600 || double.IsNaN(feed.PollSeconds))
            {
                failures.Add($"{key}:PollSeconds must be between 1 and 604800 (got {feed.PollSeconds}).");
            }

            if (!string.IsNullOrWhiteSpace(feed.Selector) && !IsSelector(feed.Selector))
            {
                failures.Add($"{key}:Selector is not a valid CSS selector ('{feed.Selector}').");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsSelector(string selector)
    {
        try
        {
            _ = new HtmlParser().ParseDocument("<html></html>").QuerySelector(selector);
            return true;
        }
        catch (AngleSharp.Dom.DomException)
        {
            return false;
        }
    }
}
