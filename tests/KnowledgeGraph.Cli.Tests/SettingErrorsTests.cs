namespace KnowledgeGraph.Cli.Tests;

/// <summary>Wrong settings are named in the user's language, every one of them, without the validator's wrapper; exit code 2.</summary>
public class SettingErrorsTests
{
    [Fact]
    public async Task Two_wrong_settings_are_both_named_with_exit_code_two()
    {
        using var dir = new TempDir();
        var r = await KgProcess.RunAsync(dir.Path, "status", "--set", "Store:CacheMegabytes=0", "--set", "Ingest:Workers=-1");
        Assert.True(r.ExitCode == 2, r.ToString());
        Assert.Equal(
            "error: configuration: Store:CacheMegabytes must be between 1 and 4096; Ingest:Workers must be between 0 (one per processor) and 256\n",
            r.Stderr);
    }

    [Fact]
    public async Task A_wrong_setting_is_named_in_russian()
    {
        using var dir = new TempDir();
        var r = await KgProcess.RunAsync(dir.Path, "status", "--lang", "ru", "--set", "Store:CacheMegabytes=0");
        Assert.True(r.ExitCode == 2, r.ToString());
        Assert.Equal("ошибка: настройки: Store:CacheMegabytes должен быть от 1 до 4096\n", r.Stderr);

        var key = await KgProcess.RunAsync(dir.Path, "status", "--lang", "ru", "--set", "Store:Nothing=1");
        Assert.Equal(2, key.ExitCode);
        Assert.StartsWith("ошибка: неизвестный ключ настроек 'Store:Nothing': Store принимает ", key.Stderr, StringComparison.Ordinal);
    }

    /// <summary>Verbs that fetch nothing leave the HTTP client out of their host, but still check the feed and fetch settings.</summary>
    [Theory]
    [InlineData("Fetch:Retries=99", "error: configuration: Fetch:Retries must be between 0 and 10\n")]
    [InlineData("Feeds:0:Url=ftp://example.org/rss", "error: configuration: Feeds:0:Url must be an absolute http or https address (got 'ftp://example.org/rss').\n")]
    public async Task Feed_and_fetch_settings_are_checked_by_a_verb_that_fetches_nothing(string setting, string expected)
    {
        using var dir = new TempDir();
        var r = await KgProcess.RunAsync(dir.Path, "status", "--set", setting);
        Assert.True(r.ExitCode == 2, r.ToString());
        Assert.Equal(expected, r.Stderr);
    }
}
