namespace KnowledgeGraph.Cypher.Tests;

public class CypherLiteralTests
{
    public static TheoryData<string> HostileStrings() =>
    [
        "",
        "Анна О'Коннор сказала: \"нет\"",
        @"C:\путь\к\файлу\",
        "\\'",
        "строка\nвторая\r\nтретья\rчетвёртая",
        "таб\tи\u000b\u000c\u0000\u001f\u007f\u0080\u009b[31m",
        "разделители\u2028строк\u2029и\u0085NEL",
        "' }]; MATCH (n) DETACH DELETE n; //",
        ":param rows => [];\n:begin",
        "`бэктик` {{startLabel}} $rows",
        "эмодзи 😀 𝔘 ё Ә қ ",
        new string('Щ', 50_000) + "'\n",
    ];

    [Theory]
    [MemberData(nameof(HostileStrings))]
    public void Strings_round_trip_through_an_independent_reader(string value)
    {
        var literal = CypherLiteral.Of(value);
        Assert.Equal(value, CypherLiteralReader.Read(literal));
    }

    [Theory]
    [MemberData(nameof(HostileStrings))]
    public void Strings_are_single_quoted_single_line_literals(string value)
    {
        var literal = CypherLiteral.Of(value);
        Assert.StartsWith("'", literal, StringComparison.Ordinal);
        Assert.EndsWith("'", literal, StringComparison.Ordinal);
        Assert.DoesNotContain(literal, c => c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085' || char.IsControl(c));
    }

    [Theory]
    [InlineData("a'b", @"'a\'b'")]
    [InlineData("a\\b", @"'a\\b'")]
    [InlineData("a\"b", @"'a\""b'")]
    [InlineData("a\nb", @"'a\nb'")]
    [InlineData("\u0001", @"'\u0001'")]
    [InlineData("Ёж", "'Ёж'")]
    public void Escapes_are_exact(string value, string literal)
    {
        Assert.Equal(literal, CypherLiteral.Of(value));
    }

    [Theory]
    [InlineData(null, "null")]
    [InlineData(true, "true")]
    [InlineData(false, "false")]
    [InlineData(42, "42")]
    [InlineData(-7L, "-7")]
    [InlineData((short)3, "3")]
    [InlineData((byte)255, "255")]
    [InlineData(long.MinValue, "-9223372036854775808")]
    public void Scalars(object? value, string literal)
    {
        Assert.Equal(literal, CypherLiteral.Of(value));
    }

    [Theory]
    [InlineData(1.0, "1.0")]
    [InlineData(-2.0, "-2.0")]
    [InlineData(0.5, "0.5")]
    [InlineData(0.1, "0.1")]
    [InlineData(1e20, "1.0E20")]
    [InlineData(1.5e-7, "1.5E-07")]
    [InlineData(double.MaxValue, "1.7976931348623157E308")]
    public void Floats_always_have_a_decimal_point(double value, string literal)
    {
        var written = CypherLiteral.Of(value);
        Assert.Equal(literal, written);
        Assert.Contains('.', written);
        Assert.DoesNotContain('+', written);
        var back = Assert.IsType<double>(CypherLiteralReader.Read(written));
        Assert.Equal(value, back);
    }

    [Fact]
    public void Float_and_decimal_are_floats()
    {
        Assert.Equal("2.0", CypherLiteral.Of(2f));
        Assert.Equal("3.25", CypherLiteral.Of(3.25m));
        Assert.Equal("1.0E21", CypherLiteral.Of(1e21m));
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Non_finite_floats_are_refused(double value)
    {
        Assert.Throws<ArgumentException>(() => CypherLiteral.Of(value));
    }

    [Fact]
    public void Unsupported_values_are_refused()
    {
        Assert.Throws<ArgumentException>(() => CypherLiteral.Of(new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc)));
        Assert.Throws<ArgumentException>(() => CypherLiteral.Of(new[] { new object() }));
    }

    [Fact]
    public void Lists_and_nested_maps_round_trip()
    {
        var value = new List<object?>
        {
            1L, 2.5, "три", null, true,
            new Dictionary<string, object?> { ["name"] = "Иван", ["tags"] = new List<object?> { "a", "b" } },
            new List<object?>(),
        };
        var literal = CypherLiteral.Of(value);
        Assert.Equal("[1, 2.5, 'три', null, true, {name: 'Иван', tags: ['a', 'b']}, []]", literal);
        var back = Assert.IsType<List<object?>>(CypherLiteralReader.Read(literal));
        Assert.Equal(value.Take(5), back.Take(5));
    }

    [Theory]
    [InlineData("plain_key1", "plain_key1")]
    [InlineData("_x", "_x")]
    [InlineData("1st", "`1st`")]
    [InlineData("with space", "`with space`")]
    [InlineData("дата", "`дата`")]
    [InlineData("a`b", "`a``b`")]
    [InlineData("x}: 1, y: 'z", "`x}: 1, y: 'z`")]
    [InlineData("", "``")]
    public void Map_keys_are_plain_or_back_quoted(string key, string written)
    {
        var map = new Dictionary<string, object?> { [key] = 1L };
        var literal = CypherLiteral.Of(map);
        Assert.Equal("{" + written + ": 1}", literal);
        var back = Assert.IsType<Dictionary<string, object?>>(CypherLiteralReader.Read(literal));
        Assert.Equal(1L, back[key]);
    }
}
