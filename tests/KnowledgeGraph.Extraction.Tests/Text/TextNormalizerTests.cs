using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Tests.Text;

public class TextNormalizerTests
{
    [Theory]
    [InlineData("Cпециальный", "Специальный")]          // Latin C in a Cyrillic word
    [InlineData("мoсква", "москва")]                    // Latin o inside
    [InlineData("Ёлкин шёл", "Елкин шел")]
    [InlineData("Москва – столица — России", "Москва - столица - России")]
    [InlineData("5\u00A0мая", "5 мая")]
    [InlineData("„Слово“ и “word”", "\"Слово\" и \"word\"")]
    [InlineData("Coca-Cola", "Coca-Cola")]              // Latin words stay Latin
    [InlineData("O’Рейли", "О'Рейли")]                  // Latin O before an apostrophe inside a Cyrillic word
    [InlineData("O'Reilly", "O'Reilly")]                // a Latin word with an apostrophe stays Latin
    [InlineData("O 'Рейли'", "O 'Рейли'")]              // an apostrophe not between letters joins nothing
    [InlineData("«Казинформ»", "«Казинформ»")]
    public void Folds_char_for_char(string input, string expected)
    {
        var output = TextNormalizer.Normalize(input);
        Assert.Equal(expected, output);
        Assert.Equal(input.Length, output.Length);
    }
}
