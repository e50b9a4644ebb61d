using KnowledgeGraph.Extraction.Tests.Support;

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
