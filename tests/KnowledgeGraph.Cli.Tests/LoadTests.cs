using System.Diagnostics;
using System.Globalization;
using KnowledgeGraph.Storage;
using Xunit.Abstractions;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>
/// 10,000 articles through the inbox of <c>kg run</c>: all processed, memory flat, throughput
/// reported (in the test output and in TestResults/load-test.txt). Figures, not timing assertions.
/// </summary>
public sealed class LoadTests(ITestOutputHelper output)
{
    private const int Articles = 10_000;

    [Fact]
    public async Task Ten_thousand_articles_through_the_inbox_are_all_processed_with_flat_memory()
    {
        using var dir = new TempDir();
        var inbox = Path.Combine(dir.Path, "inbox");
        Directory.CreateDirectory(inbox);
        Samples.WriteVariants(inbox, Articles);

        var samples = new List<(int Processed, long RssKiB)>();
        var clock = Stopwatch.StartNew();
        using var p = Process.Start(KgProcess.StartInfo(dir.Path, "run", "--set", "Ingest:PollSeconds=0.2", "--set", "Ingest:SettleSeconds=0"))!;
        var stderr = p.StandardError.ReadToEndAsync();
        var processed = Path.Combine(inbox, "processed");
        try
        {
            while (true)
            {
                Assert.False(p.HasExited, "kg run ended early");
                var done = Directory.Exists(processed) ? Directory.EnumerateFiles(processed).Count() : 0;
                samples.Add((done, RssKiB(p.Id)));
                if (done >= Articles)
                {
                    break;
                }

                Assert.True(clock.Elapsed < TimeSpan.FromMinutes(20), $"only {done} of {Articles} processed in 20 minutes");
                await Task.Delay(500);
            }
        }
        finally
        {
            using (var term = Process.Start("kill", ["-TERM", p.Id.ToString(CultureInfo.InvariantCulture)]))
            {
                await term.WaitForExitAsync();
            }

            await p.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token);
        }

        var elapsed = clock.Elapsed;
        Assert.True(p.ExitCode == 130, await stderr); // stopped by SIGTERM, as the README says
        using (var store = GraphStore.Open(Path.Combine(dir.Path, "kg-data", "graph.db")))
        {
            Assert.Equal(Articles, store.Counts().Articles);
            Assert.Equal("ok", store.IntegrityCheck());
        }

        Assert.False(Directory.Exists(Path.Combine(inbox, "failed")) && Directory.EnumerateFiles(Path.Combine(inbox, "failed")).Any());

        // Flat memory: what the process holds once a quarter of the work is done is what it holds at the end, give or take.
        var quarter = samples.First(s => s.Processed >= Articles / 4).RssKiB;
        var late = samples.Where(s => s.Processed >= Articles / 2).Max(s => s.RssKiB);
        var peak = samples.Max(s => s.RssKiB);
        var report = $"load test: {Articles} articles through kg run's inbox in {elapsed.TotalSeconds:0.0} s "
            + $"({Articles / elapsed.TotalSeconds:0.0} articles/s, including start-up); "
            + $"RSS at 25%: {quarter / 1024} MiB, highest after 50%: {late / 1024} MiB, peak: {peak / 1024} MiB";
        output.WriteLine(report);
        var results = Path.Combine(AppContext.BaseDirectory, "TestResults");
        Directory.CreateDirectory(results);
        File.WriteAllText(Path.Combine(results, "load-test.txt"), report + Environment.NewLine);
        Assert.True(late <= quarter * 3 / 2 + 64 * 1024, report);
    }

    private static long RssKiB(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
