using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Tests.Text;

public class TokenizerTests
{
    [Theory]
    [InlineData("пресс-служба Нур-Султана", "пресс-служба|Нур-Султана")]
    [InlineData("Э.Бера,", "Э|.|Бера|,")]
    [InlineData("«С5+1» в 2022 г.", "«|С5|+|1|»|в|2022|г|.")]
    [InlineData("Кот-д'Ивуар - страна", "Кот-д'Ивуар|-|страна")]
    public void Splits_words_numbers_and_marks(string text, string expected)
    {
        var tokens = Tokenizer.Tokenize(text);
        Assert.Equal(expected, string.Join('|', tokens.Select(t => t.Text)));
        Assert.All(tokens, t => Assert.Equal(text[t.Start..t.End], t.Text));
    }
}
