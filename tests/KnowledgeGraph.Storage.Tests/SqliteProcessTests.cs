using System.Runtime.CompilerServices;
using SQLitePCL;

namespace KnowledgeGraph.Storage.Tests;

/// <summary>SQLite's process-wide settings (<see cref="SqliteProcess"/>): given before SQLite initialises, they hold.</summary>
public sealed class SqliteProcessTests : StoreTestBase
{
    /// <summary>
    /// kg's first SQLite connection is a store's; in this test process another test may open one directly first, so the
    /// settings are given as the assembly loads, as kg gives them before its first store opens.
    /// </summary>
    [ModuleInitializer]
    internal static void BeforeAnyTest() => SqliteProcess.Settle();

    [Fact]
    public void Memory_statistics_are_off_so_writes_count_no_bytes()
    {
        Assert.True(SqliteProcess.MemoryStatisticsOff);
        const string Text = "Депутат Вера Лунина посетила Костанай.";
        Save(new ArticleBuilder(Text, "a.txt")
            .Entity("person:lunina-vera", "Вера Лунина")
            .Entity("city:kostanay", "Костанай", Model.GraphLabels.City)
            .Rel(Model.RelationshipTypes.Visited, "person:lunina-vera", "city:kostanay", Text));
        Assert.Equal(0, raw.sqlite3_memory_used());
    }

    [Fact]
    public void Settings_given_once_are_not_given_again()
    {
        SqliteProcess.Settle();
        SqliteProcess.Settle();
        Assert.True(SqliteProcess.MemoryStatisticsOff);

        // SQLite is initialised now: a setting given at this point is refused, which is why Settle gives them only once, first.
        Assert.Equal(raw.SQLITE_MISUSE, raw.sqlite3_config(raw.SQLITE_CONFIG_MEMSTATUS, 0));
    }
}
