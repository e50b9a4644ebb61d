namespace KnowledgeGraph.Extraction.Tests.Relations;

/// <summary>
/// A bare state title before a name («Президент Том Райт») is held in the country an adjective of its sentence
/// names, else in the country the document mentions most. Invented people.
/// </summary>
public class StateTitleBodyTests
{
    private const string AboutCuba = "Власти [Country:Кубы|Куба] ответили отказом. [Country:Куба] ждет ответа. Связи с [Country:США] растут. ";

    [Theory]
    [InlineData(AboutCuba + "Президент [Person:Том Райт] открыл рынок для американских компаний.", "HOLDS_POSITION Том Райт -> США")]
    [InlineData(AboutCuba + "Администрация президента [Person:Тома Райта|Том Райт] открыла рынок для американских компаний.", "HOLDS_POSITION Том Райт -> США")]
    [InlineData(AboutCuba + "Американские компании ждут, что скажет премьер-министр [Person:Том Райт].", "HOLDS_POSITION Том Райт -> США")]
    [InlineData(AboutCuba + "Президент [Person:Том Райт] открыл рынок.", "HOLDS_POSITION Том Райт -> Куба")]
    [InlineData(AboutCuba + "Американцы ждут, что скажет премьер-министр [Person:Том Райт].", "HOLDS_POSITION Том Райт -> США")]
    public void A_bare_state_title_takes_the_country_of_its_sentence_first(string marked, string expected)
        => Assert.Contains(expected, MarkedText.Relations(marked));

    [Theory]
    [InlineData("Британский премьер [Person:Том Райт] отказался от поездки.", "HOLDS_POSITION Том Райт -> Великобритания")]
    [InlineData("Выступил португальский парламентарий [Person:Жоао Силва].", "HOLDS_POSITION Жоао Силва -> Португалия")]
    [InlineData("Визит [Person:Тома Райта|Том Райт], британского премьера, перенесли.", "HOLDS_POSITION Том Райт -> Великобритания")]
    public void A_country_adjective_of_a_title_gives_the_country_when_the_text_names_it_nowhere(string marked, string expected)
    {
        var doc = MarkedText.Parse(marked);
        var rels = new KnowledgeGraph.Extraction.Relations.DefaultRelationStage().Extract(doc).ToList();
        Assert.Contains(expected, MarkedText.Describe(doc, rels));
        var country = Assert.Single(doc.Entities, e => e.Label == "Country");
        Assert.Contains(" " + Assert.Single(country.Mentions).Text + " ", " " + marked.Replace(",", " ", StringComparison.Ordinal) + " ", StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("Награду вручил французский режиссер [Person:Жан Моро].")]
    [InlineData("Выступил британский историк [Person:Том Райт].")]
    public void A_country_adjective_of_a_profession_makes_no_country(string marked)
    {
        var doc = MarkedText.Parse(marked);
        _ = new KnowledgeGraph.Extraction.Relations.DefaultRelationStage().Extract(doc).ToList();
        Assert.DoesNotContain(doc.Entities, e => e.Label == "Country");
    }

    [Theory]
    [InlineData("[Person:Ева Ковальска] стала кандидатом на пост главы [Country:Польши|Польша].")]
    [InlineData("[Person:Ева Ковальска] претендует на пост президента [Country:Польши|Польша].")]
    public void A_post_sought_is_not_held(string marked)
        => Assert.DoesNotContain(MarkedText.Relations(marked), r => r.StartsWith("HOLDS_POSITION", StringComparison.Ordinal));

    [Theory]
    [InlineData("[Person:Ян Новак] Президент [Organization:ФИДЕ]", "HOLDS_POSITION Ян Новак -> ФИДЕ")]
    [InlineData("[Person:Ян Новак] Директор [Organization:Росстата|Росстат].", "HOLDS_POSITION Ян Новак -> Росстат")]
    public void A_caption_line_gives_the_name_its_title(string marked, string expected)
        => Assert.Contains(expected, MarkedText.Relations(marked));

    [Theory]
    [InlineData("[Person:Ян Новак] Президент [Organization:ФИДЕ] заявил о поддержке.")]
    [InlineData("Вчера [Person:Ян Новак] Президент [Organization:ФИДЕ]")]
    public void A_capitalised_title_after_a_name_in_running_text_is_no_caption(string marked)
        => Assert.DoesNotContain("HOLDS_POSITION Ян Новак -> ФИДЕ", MarkedText.Relations(marked));

    [Theory]
    [InlineData("Службу провел архиепископ [Person:Иоанн Светлов] ([Organization:РПЦ|Русская православная церковь]).", "HOLDS_POSITION Иоанн Светлов -> Русская православная церковь")]
    [InlineData("Службу провел архиепископ [Person:Иоанн Светлов] ([Organization:РПЦ|Русская православная церковь] МП).", "HOLDS_POSITION Иоанн Светлов -> Русская православная церковь")]
    public void A_bracketed_body_after_the_name_is_the_titles(string marked, string expected)
        => Assert.Contains(expected, MarkedText.Relations(marked));
}
