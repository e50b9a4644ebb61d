using KnowledgeGraph.Model;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Storage.Tests;

public sealed class GraphStoreKeyTests : StoreTestBase
{
    [Fact]
    public void A_document_keyed_other_than_its_text_is_refused_and_nothing_is_written()
    {
        var a = new ArticleBuilder("Заголовок один\n\nИван Петров посетил Астану.").Entity("person:petrov-i", "Иван Петров");
        var b = new ArticleBuilder("Заголовок два\n\nСовсем другой текст.");
        var document = a.Build();
        var forged = new GraphDocument { Article = new ArticleInfo { Key = b.Key, Title = "Заголовок один" }, Entities = document.Entities };

        var error = Assert.Throws<GraphContractException>(() => Store.Save(a.Source, forged));
        Assert.Contains("is not the key of the article's text", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, Store.Counts().Articles);
        Assert.Equal(0, Store.Counts().Entities);
    }
}
