namespace KnowledgeGraph.Texts.Tests;

/// <summary>The lines of <c>kg bench</c>: counts in the form their number takes, in both languages, and the null server's byte count readable by scripts.</summary>
public class BenchMessagesTests
{
    private static readonly Messages En = Messages.For(UiLanguage.English);
    private static readonly Messages Ru = Messages.For(UiLanguage.Russian);

    [Theory]
    [InlineData(1, "1 статья за", "1 article in")]
    [InlineData(2, "2 статьи за", "2 articles in")]
    [InlineData(5, "5 статей за", "5 articles in")]
    [InlineData(21, "21 статья за", "21 articles in")]
    [InlineData(22, "22 статьи за", "22 articles in")]
    [InlineData(111, "111 статей за", "111 articles in")]
    public void A_figure_counts_its_items_in_the_form_of_their_number(long n, string russian, string english)
    {
        Assert.Contains(russian, Plain(Ru.BenchFigure(Ru.BenchExtraction, Nouns.Article, n, TimeSpan.FromSeconds(2), 100 << 20)), StringComparison.Ordinal);
        Assert.Contains(english, En.BenchFigure(En.BenchExtraction, Nouns.Article, n, TimeSpan.FromSeconds(2), 100 << 20), StringComparison.Ordinal);
    }

    [Fact]
    public void A_figure_gives_the_rate_and_the_peak_in_the_language_of_its_numbers()
    {
        var en = En.BenchFigure(En.BenchBoltEncoding, Nouns.Row, 20_000, TimeSpan.FromSeconds(0.5), 150L << 20);
        var ru = Plain(Ru.BenchFigure(Ru.BenchBoltEncoding, Nouns.Row, 20_000, TimeSpan.FromSeconds(0.5), 150L << 20));
        Assert.Contains("20,000 rows in   0.500 s =     40,000 rows/s  (peak working set 150 MiB)", en, StringComparison.Ordinal);
        Assert.Contains("20 000 строк за   0,500 с =     40 000 строк/с  (пиковый рабочий набор 150 МиБ)", ru, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, "получено 1 байт,")]
    [InlineData(3, "получено 3 байта,")]
    [InlineData(12345, "получено 12345 байт,")]
    public void The_null_server_says_its_bytes_ungrouped(long bytes, string russian)
    {
        Assert.StartsWith(russian, Ru.BenchNullServerReceived(bytes, 2, 1), StringComparison.Ordinal);
        Assert.Equal($"received {bytes} byte{(bytes == 1 ? "" : "s")}, 2 RUN, 1 COMMIT", En.BenchNullServerReceived(bytes, 2, 1));
    }

    [Fact]
    public void The_scaling_lines_name_their_kind_and_units()
    {
        Assert.Equal("  1024 KB  people, no ends               12.5 ms        12 µs/KB  (CPU     11 µs/KB)", En.ScalingRow(1024, En.ScalingKind(true, false), TimeSpan.FromMilliseconds(12.5), 12.2, 11.4));
        Assert.Equal("образцы, предложения: 1-8192 КБ, от 10 мкс/КБ при 64 КБ до 14 при 1 КБ, наибольшее/наименьшее 1,40 (время ЦП 1,30)", Ru.ScalingSpread(Ru.ScalingKind(false, true), 1, 8192, 10, 64, 14, 1, 1.3));
    }

    private static string Plain(string s) => s.Replace('\u00a0', ' ').Replace('\u202f', ' ');
}
