using System.Reflection;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>
/// The README's exit-code table and verb table against the rows of
/// <see cref="ExitCodeTests.Each_verb_ends_with_the_documented_exit_code"/>: every documented code is
/// produced by some command line, and every verb has a row for success and for a usage mistake.
/// Exit code 130 needs a signal: the tests named here send one.
/// </summary>
public sealed partial class ExitCodeTableTests
{
    /// <summary>Outcomes a one-shot command line cannot show, and the tests that show them.</summary>
    private static readonly (string Verb, int Code, Type Test, string Method)[] ShownElsewhere =
    [
        ("run", 130, typeof(RunServiceTests), nameof(RunServiceTests.A_signal_stops_kg_run_with_exit_code_130)),
        ("ingest", 130, typeof(HangTests), nameof(HangTests.A_first_ctrl_c_stops_ingest_during_a_long_article_with_exit_130)),
        ("sync", 0, typeof(SyncCommandTests), nameof(SyncCommandTests.Kg_sync_sends_exactly_the_templates_with_the_stored_rows_and_empties_the_backlog)),
    ];

    [Fact]
    public void Every_documented_exit_code_is_produced_by_a_tested_command_line()
    {
        var documented = DocumentedCodes();
        Assert.Equal([0, 1, 2, 3, 4, 130], documented);
        var tested = Rows().Select(r => r.Code).Concat(ShownElsewhere.Select(s => s.Code)).ToHashSet();
        Assert.All(documented, code => Assert.Contains(code, tested));
    }

    [Fact]
    public void Every_verb_of_the_readme_has_a_tested_success_and_a_tested_usage_mistake()
    {
        var verbs = DocumentedVerbs();
        Assert.Contains("ingest", verbs);
        Assert.Contains("status", verbs);
        var rows = Rows().Concat(ShownElsewhere.Select(s => (s.Code, s.Verb))).ToList();
        foreach (var verb in verbs)
        {
            Assert.True(rows.Any(r => r.Verb == verb && r.Code is 0 or 130), $"no tested success of kg {verb}");
            Assert.True(rows.Any(r => r.Verb == verb && r.Code == 2), $"no tested usage mistake of kg {verb}");
        }
    }

    [Fact]
    public void The_tests_named_for_signals_and_sync_exist()
    {
        Assert.All(ShownElsewhere, s => Assert.NotNull(s.Test.GetMethod(s.Method)));
    }

    /// <summary>(code, verb) of each row of the exit-code theory.</summary>
    private static IEnumerable<(int Code, string Verb)> Rows() =>
        typeof(ExitCodeTests).GetMethod(nameof(ExitCodeTests.Each_verb_ends_with_the_documented_exit_code))!
            .GetCustomAttributes<InlineDataAttribute>()
            .SelectMany(a => a.GetData(null!))
            .Select(d => ((int)d[0], d.Length < 2 ? string.Empty : d[1] switch
            {
                string verb => verb,
                string[] args => args.FirstOrDefault() ?? string.Empty,
                _ => string.Empty,
            }));

    private static string Readme => File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));

    private static List<int> DocumentedCodes() =>
        [.. CodeRow().Matches(Readme).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))];

    private static List<string> DocumentedVerbs() =>
        [.. VerbRow().Matches(Readme).Select(m => m.Groups[1].Value).Distinct()];

    [GeneratedRegex(@"^\| (\d+) \| ", RegexOptions.Multiline)]
    private static partial Regex CodeRow();

    [GeneratedRegex(@"^\| `kg ([a-z]+)", RegexOptions.Multiline)]
    private static partial Regex VerbRow();
}
