using KnowledgeGraph.Texts;
using KnowledgeGraph.Cli.Pipeline;
using KnowledgeGraph.Feeds;
using KnowledgeGraph.Feeds.Http;
using KnowledgeGraph.Feeds.Pages;
using KnowledgeGraph.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg ingest URL</c>: one page fetched once (politely, robots.txt honoured), its main text through the pipeline.</summary>
internal static class UrlIngest
{
    public static bool IsUrl(string argument) =>
        argument.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || argument.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    public static ArticleOutcome Ingest(IServiceProvider services, string url, GraphStore store, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return new ArticleOutcome(url, ArticleStatus.Failed, Error: Messages.Current.NotAValidAddress);
        }

        try
        {
            var article = services.GetRequiredService<FeedPoller>().FetchArticleAsync(uri, null, cancellationToken).GetAwaiter().GetResult();
            return services.GetRequiredService<ArticlePipeline>().Ingest(article, store);
        }
        catch (FetchException ex)
        {
            return new ArticleOutcome(url, ArticleStatus.Failed, Error: ex.Reason);
        }
        catch (PageException ex)
        {
            return new ArticleOutcome(url, ArticleStatus.Failed, Error: ex.Message);
        }
    }
}
