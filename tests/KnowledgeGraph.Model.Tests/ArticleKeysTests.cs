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

    [Theory]
    [InlineData("")]
    [InlineData("\n\n")]
    [InlineData(" \t ")]
    [InlineData("a\u0085b\u2028c\u2029d\fe\rf\r\n\r\ng")]
    [InlineData("\uFEFF  a  \r\n\t\r\n \u00A0\r\nb\uFEFF c\n\n\n")]
    [InlineData("Майор Ёлкин прибыл.\r\n\r\n\r\nОн сказал:  \n «да».  ")]
    public void Key_is_the_sha256_of_the_text_normalised_through_strings(string text)
    {
        // the key is written with pooled buffers; stored keys must stay those of the plain string-by-string normalisation
        var s = text.Replace("\uFEFF", string.Empty, StringComparison.Ordinal).Normalize(System.Text.NormalizationForm.FormC);
        var kept = new List<string>();
        var blankBefore = new List<bool>();
        var blank = false;
        foreach (var raw in s.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = raw.TrimEnd();
            if (line.Length == 0)
            {
                blank = kept.Count > 0;
                continue;
            }

            blankBefore.Add(blank);
            kept.Add(line);
            blank = false;
        }

        var joined = string.Concat(kept.Select((l, i) => (i == 0 ? string.Empty : blankBefore[i] ? "\n\n" : "\n") + l));
        var expected = ArticleKeys.Prefix + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(joined)));
        Assert.Equal(expected, ArticleKeys.FromText(text));
        Assert.Equal(joined, ArticleKeys.NormaliseForIdentity(text));
    }

    [Fact]
    public void Null_text_is_refused()
    {
        Assert.Throws<ArgumentNullException>(() => ArticleKeys.FromText(null!));
    }
}
