using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Texts.Tests;

/// <summary>Every text of <see cref="Messages"/> exists in both languages: the Russian one is written in Cyrillic, the English one is not.</summary>
public partial class MessagesTests
{
    public static TheoryData<string> Members()
    {
        var data = new TheoryData<string>();
        foreach (var m in typeof(Messages).GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
        {
            if (m is PropertyInfo { PropertyType: var t } && t == typeof(string) || m is MethodInfo { ReturnType: var r, IsSpecialName: false } && r == typeof(string))
            {
                data.Add(m.Name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Members))]
    public void Each_text_is_english_in_english_and_russian_in_russian(string member)
    {
        var english = Say(Messages.For(UiLanguage.English), member);
        var russian = Say(Messages.For(UiLanguage.Russian), member);
        if (!english.Any(char.IsLetter))
        {
            Assert.Equal(english, russian); // a bare number (FeedsLine of 2 feeds) is said alike
            return;
        }

        Assert.DoesNotMatch(Cyrillic(), english);
        Assert.Matches(Cyrillic(), russian);
    }

    [Fact]
    public void There_are_texts_to_check() => Assert.True(Members().Count > 60);

    [Theory]
    [InlineData(new[] { "status", "--lang", "ru" }, "en-US", UiLanguage.Russian)]
    [InlineData(new[] { "--lang=ru", "status" }, "en-US", UiLanguage.Russian)]
    [InlineData(new[] { "status", "--lang", "en" }, "ru-RU", UiLanguage.English)]
    [InlineData(new[] { "status" }, "ru-RU", UiLanguage.Russian)]
    [InlineData(new[] { "status" }, "", UiLanguage.English)]
    [InlineData(new[] { "status", "--lang", "fr" }, "ru-RU", UiLanguage.Russian)] // the parser refuses fr later
    [InlineData(new[] { "status", "--lang" }, "en-US", UiLanguage.English)]
    public void The_language_is_read_from_the_arguments_before_parsing(string[] args, string culture, UiLanguage expected) =>
        Assert.Equal(expected, UiLanguages.FromArguments(args, CultureInfo.GetCultureInfo(culture)));

    private static string Say(Messages messages, string member)
    {
        var type = typeof(Messages);
        if (type.GetProperty(member) is { } property)
        {
            return (string)property.GetValue(messages)!;
        }

        var method = type.GetMethods().Single(m => m.Name == member);
        var args = method.GetParameters().Select(p => Sample(p.ParameterType)).ToArray();
        return (string)method.Invoke(messages, args)!;
    }

    private static object? Sample(Type type) =>
        type == typeof(string) ? "x"
        : type == typeof(int) ? 2
        : type == typeof(long) ? 2L
        : type == typeof(double) ? 1.5
        : type == typeof(DateTimeOffset) || type == typeof(DateTimeOffset?) ? new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero)
        : type == typeof(GraphCounts) ? new GraphCounts(5, 1, 2, 5)
        : type == typeof(TimeSpan) ? TimeSpan.FromSeconds(1.5)
        : type == typeof(Noun) ? Nouns.Article
        : type == typeof(bool) ? true
        : throw new InvalidOperationException("no sample of " + type);

    [GeneratedRegex("[А-Яа-яЁё]")]
    private static partial Regex Cyrillic();
}
