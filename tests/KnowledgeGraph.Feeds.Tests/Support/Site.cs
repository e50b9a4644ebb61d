using System.Net;

namespace KnowledgeGraph.Feeds.Tests.Support;

/// <summary>News pages and feeds of our own writing about invented people (real countries and cities).</summary>
public static class Site
{
    public static readonly string[] Stories =
    [
        "Министр иностранных дел Казахстана Арман Жолдасбеков встретился в Астане с послом Монголии Батбаяром Цэрэндоржем. Стороны обсудили торговлю и транспорт.",
        "Президент Узбекистана принял в Ташкенте делегацию Грузии во главе с министром экономики Ниной Квеселава. Стороны подписали соглашение о сотрудничестве.",
        "Посол Армении Гурген Мартиросян посетил Алматы и провёл переговоры с акимом города. Он высоко оценил развитие туризма.",
        "Министр культуры Кыргызстана Айгуль Осмонова открыла в Бишкеке выставку художников Казахстана. Выставка продлится до 15 июня.",
    ];

    /// <summary>An article page with a cookie banner, navigation, a sidebar and a footer around the body.</summary>
    public static string Article(string title, string body, string? publishedMeta = null, string? charsetMeta = null, string? jsonLdDate = null, string? timeDate = null)
    {
        var paragraphs = string.Join("\n", body.Split(". ").Select(s => $"<p>{WebUtility.HtmlEncode(s.TrimEnd('.'))}.</p>"));
        return $"""
            <!DOCTYPE html>
            <html lang="ru"><head>
            {(charsetMeta is null ? "" : $"<meta charset=\"{charsetMeta}\">")}
            <title>{WebUtility.HtmlEncode(title)} | Вестник Степи</title>
            {(publishedMeta is null ? "" : $"<meta property=\"article:published_time\" content=\"{publishedMeta}\">")}
            {(jsonLdDate is null ? "" : $"<script type=\"application/ld+json\">{{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"datePublished\":\"{jsonLdDate}\"}}</script>")}
            </head><body>
            <div class="cookie-banner" id="gdpr-consent"><p>Мы используем файлы cookie, чтобы сайт работал лучше. Продолжая, вы соглашаетесь с политикой конфиденциальности.</p><button>Принять</button></div>
            <header><nav class="menu"><ul><li><a href="/">Главная</a></li><li><a href="/politics">Политика</a></li><li><a href="/economy">Экономика</a></li><li><a href="/sport">Спорт</a></li></ul></nav></header>
            <main><article class="story">
            <h1>{WebUtility.HtmlEncode(title)}</h1>
            {(timeDate is null ? "" : $"<time datetime=\"{timeDate}\">сегодня</time>")}
            <div class="story-body">
            {paragraphs}
            </div></article></main>
            <aside class="sidebar"><h3>Популярное</h3><ul><li><a href="/x">Погода на выходные в Караганде</a></li><li><a href="/y">Курс тенге на неделю</a></li></ul></aside>
            <footer><p>© Вестник Степи. Все права защищены. Перепечатка запрещена.</p></footer>
            </body></html>
            """;
    }

    public static string Rss(string title, params (string Guid, string Link, string Title, string? PubDate)[] items) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel>
        <title>{title}</title><link>http://127.0.0.1/</link><description>Новости</description>
        {string.Concat(items.Select(i => $"<item><title>{WebUtility.HtmlEncode(i.Title)}</title><link>{i.Link}</link><guid isPermaLink=\"false\">{i.Guid}</guid>{(i.PubDate is null ? "" : $"<pubDate>{i.PubDate}</pubDate>")}</item>\n"))}
        </channel></rss>
        """;

    public static string Atom(string title, params (string Id, string Link, string Title, string Updated)[] entries) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
        <title>{title}</title><id>urn:test:{title}</id><updated>2026-05-04T10:00:00+03:00</updated>
        {string.Concat(entries.Select(e => $"<entry><title>{WebUtility.HtmlEncode(e.Title)}</title><id>{e.Id}</id><link rel=\"alternate\" href=\"{e.Link}\"/><updated>{e.Updated}</updated><published>{e.Updated}</published></entry>\n"))}
        </feed>
        """;
}
