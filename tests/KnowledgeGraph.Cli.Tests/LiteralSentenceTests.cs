using System.Text.RegularExpressions;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>
/// Every sentence kg says comes from KnowledgeGraph.Texts (English and Russian side by side): a string literal in the
/// Cli sources that reads as English words fails here, with its file and line. Log events ([LoggerMessage]) are for
/// operators and stay English. Every file of the Cli is covered, kg bench's figures too; the literals below are the only exceptions.
/// </summary>
public partial class LiteralSentenceTests
{
    /// <summary>Literals that are no message: text kg matches, not text it says.</summary>
    private static readonly HashSet<string> AllowedLiterals = new(StringComparer.Ordinal)
    {
        "Failed to convert configuration value", // the configuration binder's message, recognised in Failures
        " with the error: '", // the data annotations' wrapper, cut off in Failures
    };

    [Fact]
    public void The_scanner_finds_a_sentence_and_skips_what_is_not_one()
    {
        const string source = """
            // a comment with many English words in it
            [LoggerMessage(1, LogLevel.Information, "Stored {Path} as the article")]
            var a = $"no entity matches '{TerminalText.Safe(name)}' at all";
            var b = "--set";
            var c = Messages.Current.NoEntityMatches(name);
            var d = $"{x}, {y}";
            var e = @"verbatim ""quoted"" and more words";
            """;
        var sentences = Sentences(CliSourceLiterals.Read(source)).ToList();
        Assert.Equal(["no entity matches '{}' at all", "verbatim \"quoted\" and more words"], sentences.Select(s => s.Text));
    }

    [Fact]
    public void No_command_holds_a_literal_english_sentence()
    {
        var root = Path.Combine(RepoPaths.Root, "src", "KnowledgeGraph.Cli");
        var offenders = new List<string>();
        foreach (var file in Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            if (relative.StartsWith("obj/", StringComparison.Ordinal) || relative.StartsWith("bin/", StringComparison.Ordinal))
            {
                continue;
            }

            offenders.AddRange(Sentences(CliSourceLiterals.Read(File.ReadAllText(file))).Select(l => $"{relative}:{l.Line}: \"{l.Text}\""));
        }

        Assert.True(offenders.Count == 0, "English sentences outside KnowledgeGraph.Texts (move them there, in English and Russian):\n" + string.Join("\n", offenders));
    }

    private static IEnumerable<CliSourceLiterals.Literal> Sentences(IEnumerable<CliSourceLiterals.Literal> literals) =>
        literals.Where(l => !l.InLogAttribute && !AllowedLiterals.Contains(l.Text) && EnglishWords().IsMatch(l.Text));

    /// <summary>Three English words in a row (identifiers, option names, keys and format strings have no spaces between words).</summary>
    [GeneratedRegex(@"(?<![\w:/.-])[A-Za-z][a-z']+(?:[ ,;]+[A-Za-z][a-z']*){2,}")]
    private static partial Regex EnglishWords();
}
