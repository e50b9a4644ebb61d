using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace KnowledgeGraph.Storage.Tests;

/// <summary>
/// <see cref="PreparedStatement"/> gives SQLite texts in UTF-8 (encoded by .NET) where it gave them in UTF-16 for SQLite
/// to convert (the plain path): the stored bytes, type and length must be the same for every kind of text.
/// </summary>
public sealed class TextBindingTests : StoreTestBase
{
    public static TheoryData<string, string> Texts() => new()
    {
        { "empty", string.Empty },
        { "ascii", "a" },
        { "key", "person:иван-петров-" + new string('x', 60) },
        { "cyrillic", "Министерство иностранных дел объявило о визите" },
        { "nul inside", "до\0после" },
        { "pair", "эмодзи \U0001F600 в тексте" },
        { "lone high", "до\uD83Dпосле" },
        { "lone low", "до\uDE00после" },
        { "high at the end", "конец\uD83D" },
        { "low first", "\uDE00начало" },
        { "high, high, low", "\uD83D\uD83D\uDE00" },
        { "low, high", "\uDE00\uD83D" },
        { "kept buffer grows", string.Concat(Enumerable.Repeat("Ёж и ёлка. ", 1500)) },
        { "rented buffer", string.Concat(Enumerable.Repeat("Длинная статья о переговорах. ", 4000)) },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void A_text_is_stored_as_SQLite_converts_it_from_UTF16(string kind, string text)
    {
        _ = kind;
        const string Sql = "SELECT hex(CAST($v AS BLOB)), typeof($v), length($v)";
        using var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        connection.Open();

        // The plain path, as the store bound texts before: UTF-16, converted by SQLite.
        Assert.Equal(raw.SQLITE_OK, raw.sqlite3_prepare_v2(connection.Handle, Sql, out var plain));
        using (plain)
        {
            Assert.Equal(raw.SQLITE_OK, raw.sqlite3_bind_text16(plain, 1, text.AsSpan()));
            Assert.Equal(raw.SQLITE_ROW, raw.sqlite3_step(plain));
            var expected = (raw.sqlite3_column_text(plain, 0).utf8_to_string(), raw.sqlite3_column_text(plain, 1).utf8_to_string(), raw.sqlite3_column_int64(plain, 2));

            using var statement = new PreparedStatement(connection, Sql, "$v");
            Assert.True(statement.Reset().Set(0, text).Row());
            var actual = ((string)statement.Value(0), (string)statement.Value(1), (long)statement.Value(2));
            statement.Reset();

            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public void A_statement_rebound_with_shorter_and_longer_texts_keeps_each_whole()
    {
        using var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        connection.Open();
        using var statement = new PreparedStatement(connection, "SELECT $v", "$v");
        foreach (var text in new[] { new string('я', 5000), "b", new string('z', 300), "Москва", string.Empty, "ok" })
        {
            Assert.True(statement.Reset().Set(0, text).Row());
            Assert.Equal(text, statement.Value(0));
            statement.Reset();
        }
    }
}
