using System.Net;
using KnowledgeGraph.Feeds.Options;
using Microsoft.Extensions.Options;
using Polly.Timeout;

namespace KnowledgeGraph.Feeds.Http;

/// <summary>
/// Fetches feeds and pages politely: only http and https, robots.txt honoured, one request at a
/// time per host with a minimum delay (<see cref="HostGate"/>), redirects followed by hand up to a
/// limit (each hop checked again), bodies refused past the size limit. Retries with back-off and
/// per-attempt timeouts come from the resilience handler of the HttpClient.
/// </summary>
public sealed class PageFetcher(HttpClient client, HostGate gate, RobotsCache robots, IOptions<FetchOptions> options)
{
    private readonly FetchOptions _options = options.Value;

    public async Task<FetchResponse> FetchAsync(FetchRequest request, CancellationToken cancellationToken, bool checkRobots = true)
    {
        ArgumentNullException.ThrowIfNull(request);
        var uri = request.Uri;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var hop = 0; hop <= _options.MaxRedirects; hop++)
        {
            if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            {
                throw new FetchException(request.Uri, $"only http and https are fetched, not {uri.Scheme}:", transient: false);
            }

            if (!seen.Add(uri.AbsoluteUri))
            {
                throw new FetchException(request.Uri, $"redirect loop at {uri}", transient: false);
            }

            if (checkRobots && !await robots.AllowsAsync(uri, this, cancellationToken).ConfigureAwait(false))
            {
                throw new FetchException(uri, "disallowed by robots.txt", transient: false);
            }

            using (await gate.EnterAsync(uri, cancellationToken).ConfigureAwait(false))
            {
                using var response = await SendAsync(uri, hop == 0 ? request : request with { ETag = null, LastModified = null }, cancellationToken).ConfigureAwait(false);
                if (IsRedirect(response.StatusCode))
                {
                    var location = response.Headers.Location ?? throw new FetchException(uri, $"HTTP {(int)response.StatusCode} without a Location", transient: false);
                    uri = location.IsAbsoluteUri ? location : new Uri(uri, location);
                    continue;
                }

                return await ReadAsync(uri, response, cancellationToken).ConfigureAwait(false);
            }
        }

        throw new FetchException(request.Uri, $"more than {_options.MaxRedirects} redirects (stopped at {uri})", transient: false);
    }

    private async Task<HttpResponseMessage> SendAsync(Uri uri, FetchRequest request, CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(HttpMethod.Get, uri);
        if (request.ETag is { Length: > 0 } etag)
        {
            message.Headers.TryAddWithoutValidation("If-None-Match", etag);
        }

        if (request.LastModified is { Length: > 0 } lastModified)
        {
            message.Headers.TryAddWithoutValidation("If-Modified-Since", lastModified);
        }

        try
        {
            return await client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutRejectedException ex)
        {
            throw new FetchException(uri, $"timed out ({_options.TimeoutSeconds} s a try, {_options.Retries + 1} tries)", transient: true, ex);
        }
        catch (HttpRequestException ex)
        {
            throw new FetchException(uri, ex.Message, transient: true, ex);
        }
        catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new FetchException(uri, "timed out", transient: true, ex);
        }
    }

    private async Task<FetchResponse> ReadAsync(Uri uri, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var etag = response.Headers.ETag?.ToString();
        var lastModified = response.Content.Headers.LastModified?.ToString("R");
        if (response.StatusCode == HttpStatusCode.NotModified)
        {
            return new FetchResponse(uri, response.StatusCode, [], null, null, etag, lastModified);
        }

        var status = (int)response.StatusCode;
        if (!response.IsSuccessStatusCode)
        {
            throw new FetchException(uri, $"HTTP {status} {response.ReasonPhrase}", transient: status >= 500 || status is 408 or 429);
        }

        var length = response.Content.Headers.ContentLength;
        if (length > _options.MaxBytes)
        {
            throw new FetchException(uri, $"response of {length} bytes is larger than the limit of {_options.MaxBytes} bytes", transient: false);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(_options.TimeoutSeconds));
        try
        {
            var body = await ReadLimitedAsync(uri, response.Content, timeout.Token).ConfigureAwait(false);
            var type = response.Content.Headers.ContentType;
            return new FetchResponse(uri, response.StatusCode, body, type?.MediaType, type?.CharSet, etag, lastModified);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new FetchException(uri, $"timed out reading the body ({_options.TimeoutSeconds} s)", transient: true, ex);
        }
        catch (IOException ex)
        {
            throw new FetchException(uri, "connection lost while reading: " + ex.Message, transient: true, ex);
        }
    }

    private async Task<byte[]> ReadLimitedAsync(Uri uri, HttpContent content, CancellationToken cancellationToken)
    {
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > _options.MaxBytes)
                {
                    throw new FetchException(uri, $"response larger than the limit of {_options.MaxBytes} bytes", transient: false);
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }
    }

    private static bool IsRedirect(HttpStatusCode code) =>
        code is HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther
            or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;
}
