using System.Text;

namespace KnowledgeGraph.Sources.Tests;

public sealed class ArticleReaderTests : IDisposable
{
    private const string Story = "\n  Мэр Лидия Гончар открыла мост  \nВ среду в Павлодаре открыли новый мост.\r\nМэр Лидия Гончар поблагодарила строителей.\n";

    private readonly TempDir _dir = new();
    private readonly ArticleReader _reader = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Plain_text_title_is_the_first_non_empty_line_and_text_is_kept_exactly()
    {
        var path = _dir.Write("most.txt", Story);
        var article = _reader.Read(path);
        Assert.Equal("Мэр Лидия Гончар открыла мост", article.Title);
        Assert.Equal(Story, article.Text);
        Assert.Equal(path, article.Path);
        Assert.Null(article.Url);
    }

    [Fact]
    public void Each_file_is_read_whole_and_alone_when_the_reader_reuses_its_buffers()
    {
        // The bytes go through pooled arrays longer than the file: a short file read after a long one must not get its tail.
        var longText = string.Concat(Enumerable.Repeat(Story, 300));
        var shortText = "Коротко\nМост открыт.";
        var paths = new[] { _dir.Write("long.txt", longText), _dir.Write("short.txt", shortText), _dir.Write("long2.txt", longText + "!") };
        for (var round = 0; round < 3; round++)
        {
            Assert.Equal(longText, _reader.Read(paths[0]).Text);
            Assert.Equal(shortText, _reader.Read(paths[1]).Text);
            Assert.Equal(longText + "!", _reader.Read(paths[2]).Text);
            Assert.Equal(shortText, _reader.Read(paths[1]).Text);
        }
    }

    [Fact]
    public void Plain_text_bom_is_not_part_of_the_text()
    {
        var path = _dir.Write("bom.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Story)]);
        var article = _reader.Read(path);
        Assert.Equal(Story, article.Text);
        Assert.Equal(ArticleReader.Parse("x.txt", Encoding.UTF8.GetBytes(Story)).Key, article.Key);
    }

    [Fact]
    public void Plain_text_in_windows1251_is_read()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var path = _dir.Write("old.txt", Encoding.GetEncoding(1251).GetBytes(Story));
        Assert.Equal(Story, _reader.Read(path).Text);
    }

    [Fact]
    public void Json_article_fields_are_read()
    {
        var path = _dir.Write("a.json", """
            {
              "title": "  Новый мост в Павлодаре ",
              "text": "В среду открыли мост.\nМэр выступила.",
              "url": "https://example.org/most",
              "source": "Павлодарский вестник",
              "published": "2024-05-15",
              "extra": {"ignored": true},
            }
            """);
        var article = _reader.Read(path);
        Assert.Equal("Новый мост в Павлодаре", article.Title);
        Assert.Equal("В среду открыли мост.\nМэр выступила.", article.Text);
        Assert.Equal("https://example.org/most", article.Url);
        Assert.Equal("Павлодарский вестник", article.Source);
        Assert.Equal("2024-05-15", article.Published);
    }

    [Fact]
    public void Json_without_title_takes_the_first_line_of_the_text()
    {
        var path = _dir.Write("b.json", """{"text": "\n\nЗаголовок тут\nТело."}""");
        Assert.Equal("Заголовок тут", _reader.Read(path).Title);
    }

    [Fact]
    public void Json_with_a_bom_is_read()
    {
        var path = _dir.Write("bom.json", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("""{"title": "Т", "text": "Текст."}""")]);
        Assert.Equal("Текст.", _reader.Read(path).Text);
    }

    [Theory]
    [InlineData("""{"title": "Только заголовок"}""", "no \"text\" field")]
    [InlineData("""{"text": 42}""", "no \"text\" field")]
    [InlineData("""["text"]""", "must be an object")]
    [InlineData("""{"text": "   "}""", "only white space")]
    [InlineData("""{"text": "a" """, "invalid JSON")]
    public void Bad_json_articles_give_a_clear_one_line_error(string json, string reason)
    {
        AssertOneLineError(_dir.Write("bad.json", json), reason);
    }

    [Fact]
    public void Html_title_paragraphs_and_no_scripts()
    {
        var path = _dir.Write("page.html", """
            <!DOCTYPE html>
            <html><head><title>Мост открыт | Вестник</title><style>p { color: red }</style></head>
            <body>
              <nav>Главная · Новости</nav>
              <h1>Мост   открыт</h1>
              <p>В среду в Павлодаре
                 открыли <b>новый</b> мост.</p>
              <script>var secret = "Не текст статьи";</script>
              <p>Мэр поблагодарила строителей.</p>
              <footer>© Вестник</footer>
            </body></html>
            """);
        var article = _reader.Read(path);
        Assert.Equal("Мост открыт", article.Title);
        Assert.Equal("Мост открыт\n\nВ среду в Павлодаре открыли новый мост.\n\nМэр поблагодарила строителей.", article.Text);
    }

    [Fact]
    public void Html_without_h1_takes_the_title_element_and_puts_it_first()
    {
        var path = _dir.Write("page.htm", "<html><head><title>Заметка</title></head><body><div>Первый абзац.</div><div>Второй.</div></body></html>");
        var article = _reader.Read(path);
        Assert.Equal("Заметка", article.Title);
        Assert.Equal("Заметка\n\nПервый абзац.\n\nВторой.", article.Text);
    }

    [Fact]
    public void Html_with_only_scripts_has_no_text()
    {
        var path = _dir.Write("empty.html", "<html><body><script>alert(1)</script></body></html>");
        var ex = Assert.Throws<ArticleReadException>(() => _reader.Read(path));
        Assert.Contains("no text", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_file_is_refused()
    {
        var path = _dir.Write("empty.txt", []);
        AssertOneLineError(path, "empty file");
    }

    [Fact]
    public void White_space_only_file_is_refused()
    {
        AssertOneLineError(_dir.Write("blank.txt", " \r\n\t\n"), "only white space");
    }

    [Fact]
    public void Binary_file_is_refused()
    {
        AssertOneLineError(_dir.Write("pic.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]), "binary");
    }

    [Fact]
    public void Invalid_utf8_is_refused_with_the_offset()
    {
        AssertOneLineError(_dir.Write("bad.txt", [(byte)'o', (byte)'k', 0xC3, 0x28]), "invalid UTF-8 at byte offset 2");
    }

    [Fact]
    public void Directory_is_refused()
    {
        var sub = Path.Combine(_dir.Path, "folder.txt");
        Directory.CreateDirectory(sub);
        AssertOneLineError(sub, "is a directory");
    }

    [Fact]
    public void Missing_file_is_refused()
    {
        AssertOneLineError(Path.Combine(_dir.Path, "nope.txt"), "no such file");
    }

    [Fact]
    public void A_file_that_does_not_tell_its_size_is_read_to_its_end()
    {
        // Files of /proc (kg runs on Linux) report a size of 0 and still hold text.
        var article = _reader.Read("/proc/self/status");
        Assert.StartsWith("Name:", article.Text, StringComparison.Ordinal);
        Assert.Contains("Pid:", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_relative_path_is_read_and_kept_as_given()
    {
        var full = _dir.Write("relative.txt", Story);
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), full);
        Assert.Equal(relative, _reader.Read(relative).Path);
        Assert.Equal(Story, _reader.Read(relative).Text);
    }

    [Fact]
    public void File_over_the_limit_is_refused_before_reading()
    {
        var path = _dir.Write("big.txt", new string('я', 100));
        var ex = Assert.Throws<ArticleReadException>(() => new ArticleReader(maxBytes: 50).Read(path));
        Assert.Contains("larger than the limit of 50 bytes", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Extensions_are_case_insensitive()
    {
        Assert.Contains(".TXT", ArticleReader.Extensions);
        Assert.Contains(".Html", ArticleReader.Extensions);
        Assert.DoesNotContain(".md", ArticleReader.Extensions);
        var path = _dir.Write("UPPER.JSON", """{"text": "Из JSON."}""");
        Assert.Equal("Из JSON.", _reader.Read(path).Text);
    }

    private void AssertOneLineError(string path, string reason)
    {
        var ex = Assert.Throws<ArticleReadException>(() => _reader.Read(path));
        Assert.StartsWith(path + ": ", ex.Message, StringComparison.Ordinal);
        Assert.Equal(path, ex.Path);
        Assert.Contains(reason, ex.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', ex.Message);
        Assert.DoesNotContain('\r', ex.Message);
    }
}
