using System.Text.RegularExpressions;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>ingest, status and export say the same counts in the same words (entities, articles, relationships, MENTIONS apart), in English or Russian.</summary>
public class CountsLanguageTests
{
    [Fact]
    public async Task Ingest_status_and_export_agree_on_counts_in_english_and_in_russian()
    {
        using var dir = new TempDir();
        var ingest = await KgProcess.RunAsync(dir.Path, "ingest", RepoPaths.SampleArticles);
        Assert.True(ingest.ExitCode == 0, ingest.ToString());
        var storeLine = Regex.Match(ingest.Stdout, @"store .*: (\d+) entities, (\d+) articles, (\d+) relationships \(and (\d+) MENTIONS links, counted apart\)");
        Assert.True(storeLine.Success, ingest.ToString());
        Assert.Matches(@"\d+ articles read: \d+ stored, 0 skipped \(already stored\), no failures; added \d+ entities, \d+ articles, \d+ relationships", ingest.Stdout);

        var status = await KgProcess.RunAsync(dir.Path, "status");
        Assert.Matches($@"entities: +{storeLine.Groups[1].Value}\n", status.Stdout);
        Assert.Matches($@"articles: +{storeLine.Groups[2].Value}\n", status.Stdout);
        Assert.Matches($@"relationships: +{storeLine.Groups[3].Value} \(without MENTIONS\)", status.Stdout);
        Assert.Matches($@"MENTIONS links: +{storeLine.Groups[4].Value} ", status.Stdout);

        var export = await KgProcess.RunAsync(dir.Path, "export", "--format", "html", "--out", dir.File("g.html"));
        Assert.True(export.ExitCode == 0, export.ToString());
        Assert.Contains(storeLine.Groups[1].Value + " entities, ", export.Stderr, StringComparison.Ordinal);

        var russian = await KgProcess.RunWithLangAsync("ru_RU.UTF-8", dir.Path, "status");
        Assert.Matches($@"сущности: +{storeLine.Groups[1].Value}\n", russian.Stdout);
        Assert.Matches($@"связи: +{storeLine.Groups[3].Value} \(без MENTIONS\)", russian.Stdout);
        var flag = await KgProcess.RunAsync(dir.Path, "status", "--lang", "ru");
        Assert.Equal(russian.Stdout, flag.Stdout);

        var ruExport = await KgProcess.RunAsync(dir.Path, "export", "--format", "html", "--lang", "ru", "--out", dir.File("ru.html"));
        Assert.True(ruExport.ExitCode == 0, ruExport.ToString());
        var page = await File.ReadAllTextAsync(dir.File("ru.html"));
        Assert.Contains("<html lang=\"ru\">", page, StringComparison.Ordinal);
        Assert.Contains("<title>Граф знаний</title>", page, StringComparison.Ordinal);
        Assert.Matches(@"\d+ (сущность|сущности|сущностей), \d+ (статья|статьи|статей), \d+ (связь|связи|связей) \(и отдельно", page);
    }

    [Fact]
    public async Task An_unknown_language_is_a_usage_mistake()
    {
        using var dir = new TempDir();
        var r = await KgProcess.RunAsync(dir.Path, "status", "--lang", "fr");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--lang", r.Stderr, StringComparison.Ordinal);
    }
}
