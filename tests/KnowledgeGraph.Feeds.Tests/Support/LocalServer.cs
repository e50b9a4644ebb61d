using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace KnowledgeGraph.Feeds.Tests.Support;

/// <summary>A request as the local server saw it.</summary>
public sealed record SeenRequest(string Path, string? UserAgent, string? IfNoneMatch, DateTimeOffset At);

/// <summary>
/// An HTTP server on 127.0.0.1 at a free port, started by a test: each path answered by a handler
/// the test sets (404 otherwise). It records every request and the most requests it saw at once.
/// Nothing here ever leaves the machine.
/// </summary>
public sealed class LocalServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentDictionary<string, Func<HttpListenerContext, Task>> _routes = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private int _inFlight;

    public LocalServer()
    {
        for (var attempt = 0; ; attempt++)
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            Port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            _listener.Prefixes.Clear();
            _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
            try
            {
                _listener.Start();
                break;
            }
            catch (HttpListenerException) when (attempt < 5)
            {
            }
        }

        _loop = Task.Run(AcceptAsync);
    }

    public int Port { get; }

    public ConcurrentQueue<SeenRequest> Requests { get; } = new();

    public int MaxConcurrent { get; private set; }

    public Uri Url(string path) => new($"http://127.0.0.1:{Port}{path}");

    public int Count(string path) => Requests.Count(r => r.Path == path);

    public void Map(string path, Func<HttpListenerContext, Task> handler) => _routes[path] = handler;

    public void Text(string path, string body, string contentType = "text/html; charset=utf-8", Encoding? encoding = null, string? etag = null) =>
        Bytes(path, (encoding ?? Encoding.UTF8).GetBytes(body), contentType, etag);

    /// <summary>Serves bytes; with an ETag, answers 304 to a request that names it.</summary>
    public void Bytes(string path, byte[] body, string contentType, string? etag = null) => Map(path, async ctx =>
    {
        if (etag is not null)
        {
            ctx.Response.Headers["ETag"] = etag;
            if (ctx.Request.Headers["If-None-Match"] == etag)
            {
                ctx.Response.StatusCode = 304;
                return;
            }
        }

        ctx.Response.ContentType = contentType;
        ctx.Response.ContentLength64 = body.Length;
        await ctx.Response.OutputStream.WriteAsync(body);
    });

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext ctx;
            try
            {
                ctx = await _listener.GetContextAsync();
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }
            catch (HttpListenerException)
            {
                return;
            }

            _ = Task.Run(() => ServeAsync(ctx));
        }
    }

    private async Task ServeAsync(HttpListenerContext ctx)
    {
        var now = Interlocked.Increment(ref _inFlight);
        lock (Requests)
        {
            MaxConcurrent = Math.Max(MaxConcurrent, now);
        }

        var path = ctx.Request.Url!.AbsolutePath;
        Requests.Enqueue(new SeenRequest(path, ctx.Request.UserAgent, ctx.Request.Headers["If-None-Match"], DateTimeOffset.UtcNow));
        try
        {
            if (_routes.TryGetValue(path, out var handler))
            {
                await handler(ctx);
            }
            else
            {
                ctx.Response.StatusCode = 404;
            }
        }
        catch (Exception)
        {
            // The client may have gone (a refused body, a timeout): nothing to answer.
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
            try
            {
                ctx.Response.Close();
            }
            catch (Exception)
            {
                // Already closed by a client that hung up.
            }
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
        }

        _stop.Dispose();
    }
}
