using KnowledgeGraph.Extraction.Tests.Support;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Tests.Text;

public class SentenceSplitterTests
{
    [Theory]
    [InlineData("Н. Сарыбаев прибыл в город. Его встретили.", 2)]       // an initial does not end a sentence
    [InlineData("Договор подписали в 2021 г. Стороны довольны.", 2)]    // «г.» after a year may end one
    [InlineData("Форум прошел в г. Томск и завершился.", 1)]             // «г.» before a name does not
    [InlineData("Он спросил: «Когда?» Ответа не было.", 2)]
    [InlineData("Первая строка\nВторая строка", 2)]                      // a line break always ends one
    [InlineData("Цена выросла на 5 тыс. руб. за год.", 1)]
    [InlineData("Встреча прошла. ООН поддержала итоги.", 2)]
    public void Splits_sentences(string text, int expected)
    {
        var analysis = Extractors.Default.Analyse(Extractors.Article(text));
        Assert.Equal(expected, analysis.Sentences.Count);
    }

    [Fact]
    public void Sentences_cover_their_tokens_in_order()
    {
        const string text = "А.Бекова приехала. Затем В.В. Орлов уехал в Омск.";
        var analysis = Extractors.Default.Analyse(Extractors.Article(text));
        Assert.Equal(["А.Бекова приехала.", "Затем В.В. Орлов уехал в Омск."], analysis.Sentences.Select(s => text[s.Start..s.End]));
    }
}

public class SentenceSplitterLimitTests
{
    [Fact]
    public void Text_without_sentence_ends_is_cut_into_sentences_of_at_most_the_maximum_length()
    {
        var words = string.Join(' ', Enumerable.Range(0, 2000).Select(i => i % 7 == 6 ? "встреча," : "делегация"));
        var analysis = Extractors.Default.Analyse(Extractors.Article("Заголовок\n" + words));
        var lengths = analysis.Sentences.Select(s => Tokenizer.Tokenize(analysis.NormalizedText[s.Start..s.End]).Count).ToList();
        Assert.True(analysis.Sentences.Count > 2000 / SentenceSplitter.MaxTokens, $"{analysis.Sentences.Count} sentences");
        Assert.All(lengths, n => Assert.InRange(n, 1, SentenceSplitter.MaxTokens));
        Assert.Equal(Tokenizer.Tokenize(analysis.NormalizedText).Count, lengths.Sum());
    }

    [Fact]
    public void An_over_long_sentence_is_cut_after_a_comma_near_the_limit()
    {
        var words = Enumerable.Range(0, 400).Select(i => i == 280 ? "делегация," : "делегация").ToList();
        var text = string.Join(' ', words);
        var analysis = Extractors.Default.Analyse(Extractors.Article(text));
        Assert.Equal(2, analysis.Sentences.Count);
        Assert.EndsWith("делегация,", text[analysis.Sentences[0].Start..analysis.Sentences[0].End], StringComparison.Ordinal);
    }

    [Fact]
    public void Real_sentences_are_untouched_by_the_limit()
    {
        var text = string.Concat(Enumerable.Repeat("Министр встретился с послом. ", 500));
        var analysis = Extractors.Default.Analyse(Extractors.Article(text));
        Assert.Equal(500, analysis.Sentences.Count);
    }
}

public class ExtractionCancellationTests
{
    [Fact]
    public void A_cancelled_token_ends_the_extraction_with_that_token()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var ex = Assert.ThrowsAny<OperationCanceledException>(() => Extractors.Default.Extract(Extractors.Article("Министр встретился с послом. Стороны довольны."), cts.Token));
        Assert.Equal(cts.Token, ex.CancellationToken);
    }

    [Fact]
    public void The_splitter_looks_at_the_token_once_a_sentence()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var text = string.Concat(Enumerable.Repeat("Министр встретился с послом. ", 10));
        var tokens = Tokenizer.Tokenize(text);
        var splitter = new SentenceSplitter(new HashSet<string>());
        Assert.ThrowsAny<OperationCanceledException>(() => splitter.Split(text, tokens, cts.Token));
        Assert.Equal(10, splitter.Split(text, tokens).Count);
    }
}
