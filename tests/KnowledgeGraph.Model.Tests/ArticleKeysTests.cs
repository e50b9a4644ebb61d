using KnowledgeGraph.Model;

namespace KnowledgeGraph.Model.Tests;

public class ArticleKeysTests
{
    private const string Lf = "Сенатор Олжас Бекетов прибыл в Алматы.\nВстреча прошла в понедельник.\n\nПодробности позже.";

    [Fact]
    public void Key_has_prefix_and_lower_hex_sha256()
    {
        var key = ArticleKeys.FromText(Lf);
        Assert.StartsWith(ArticleKeys.Prefix, key, StringComparison.Ordinal);
        var hex = key[ArticleKeys.Prefix.Length..];
        Assert.Equal(64, hex.Length);
        Assert.Matches("^[0-9a-f]{64}$", hex);
    }

    [Fact]
    public void Key_is_deterministic()
    {
        Assert.Equal(ArticleKeys.FromText(Lf), ArticleKeys.FromText(string.Concat(Lf.AsSpan(0, 10), Lf.AsSpan(10))));
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Crlf_and_cr_give_the_same_key_as_lf(string eol)
    {
        Assert.Equal(ArticleKeys.FromText(Lf), ArticleKeys.FromText(Lf.Replace("\n", eol, StringComparison.Ordinal)));
    }

    [Fact]
    public void Trailing_spaces_tabs_and_blank_lines_do_not_change_the_key()
    {
        var messy = "\n\n" + Lf.Replace("\n", "  \t\n", StringComparison.Ordinal) + "   \n\n\n";
        Assert.Equal(ArticleKeys.FromText(Lf), ArticleKeys.FromText(messy));
    }

    [Fact]
    public void Runs_of_blank_lines_fold_into_one()
    {
        Assert.Equal(ArticleKeys.FromText(Lf), ArticleKeys.FromText(Lf.Replace("\n\n", "\n\n\n \n\n", StringComparison.Ordinal)));
    }

    [Fact]
    public void Bom_does_not_change_the_key()
    {
        Assert.Equal(ArticleKeys.FromText(Lf), ArticleKeys.FromText("\uFEFF" + Lf));
    }

    [Fact]
    public void Decomposed_letters_give_the_same_key_as_composed()
    {
        const string composed = "Майор Ёлкин прибыл.";
        var nfd = composed.Normalize(System.Text.NormalizationForm.FormD);
        Assert.NotEqual(composed, nfd); // "й" and "Ё" decompose
        Assert.Equal(ArticleKeys.FromText(composed), ArticleKeys.FromText(nfd));
    }

    [Theory]
    [InlineData("Сенатор Олжас Бекетов прибыл в Алматы.\nВстреча прошла во вторник.\n\nПодробности позже.")]
    [InlineData("Сенатор Олжас Бекетов прибыл в Алматы.\nВстреча прошла в понедельник.\nПодробности позже.")]
    [InlineData("  Сенатор Олжас Бекетов прибыл в Алматы.\nВстреча прошла в понедельник.\n\nПодробности позже.")]
    [InlineData("сенатор Олжас Бекетов прибыл в Алматы.\nВстреча прошла в понедельник.\n\nПодробности позже.")]
    public void Different_text_gives_a_different_key(string other)
    {
        Assert.NotEqual(ArticleKeys.FromText(Lf), ArticleKeys.FromText(other));
    }

    [Fact]
    public void Normalise_trims_line_ends_and_folds_blank_lines_but_keeps_indentation()
    {
        Assert.Equal(" a\nb\n\nc", ArticleKeys.NormaliseForIdentity("\uFEFF\r\n a \r\nb\t\r\n \r\n\r\nc  \r\n"));
    }

    [Fact]
    public void Null_text_is_refused()
    {
        Assert.Throws<ArgumentNullException>(() => ArticleKeys.FromText(null!));
    }
}
