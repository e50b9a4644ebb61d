namespace KnowledgeGraph.Morphology.Tests;

public class TagTests
{
    [Theory]
    [InlineData("NOUN,anim,masc,Surn sing,gent", PartOfSpeech.Noun, Animacy.Animate, Gender.Masculine, Number.Singular, Case.Genitive, Grammemes.Surname)]
    [InlineData("NOUN,anim,femn,Name sing,datv", PartOfSpeech.Noun, Animacy.Animate, Gender.Feminine, Number.Singular, Case.Dative, Grammemes.GivenName)]
    [InlineData("NOUN,anim,Ms-f,Sgtm,Surn,Fixd sing,nomn", PartOfSpeech.Noun, Animacy.Animate, Gender.Common, Number.Singular, Case.Nominative, Grammemes.Surname | Grammemes.SingulareTantum | Grammemes.Indeclinable)]
    [InlineData("ADJF,Qual plur,loct", PartOfSpeech.Adjective, Animacy.None, Gender.None, Number.Plural, Case.Prepositional, Grammemes.Qualitative)]
    [InlineData("NOUN,inan,masc,Abbr,Orgn,Fixd sing,gen2", PartOfSpeech.Noun, Animacy.Inanimate, Gender.Masculine, Number.Singular, Case.Genitive2, Grammemes.Abbreviation | Grammemes.Organization | Grammemes.Indeclinable)]
    public void Reads_opencorpora_notation(string text, PartOfSpeech pos, Animacy animacy, Gender gender, Number number, Case @case, Grammemes flags)
    {
        Assert.Equal(new Tag(pos, animacy, gender, number, @case, flags), GrammemeNames.Parse(text));
    }

    [Fact]
    public void Prints_opencorpora_notation() =>
        Assert.Equal("NOUN,anim,femn,Surn,sing,ablt", GrammemeNames.Parse("NOUN,anim,femn,Surn sing,ablt").ToString());

    [Theory]
    [InlineData("ADJF,femn sing,gent", "NOUN,anim,femn,Name sing,gent", true)]
    [InlineData("ADJF,masc sing,gent", "NOUN,anim,femn,Name sing,gent", false)]
    [InlineData("ADJF,femn sing,gent", "NOUN,anim,femn,Name sing,datv", false)]
    [InlineData("NOUN,anim,femn,Name sing,ablt", "NOUN,anim,Ms-f,Surn,Fixd sing,ablt", true)]
    [InlineData("ADJF plur,nomn", "NOUN,anim,masc plur,nomn", true)]
    [InlineData("ADJF plur,nomn", "NOUN,anim,masc sing,nomn", false)]
    public void Agreement_needs_the_same_case_number_and_a_fitting_gender(string a, string b, bool agree) =>
        Assert.Equal(agree, GrammemeNames.Parse(a).AgreesWith(GrammemeNames.Parse(b)));
}
