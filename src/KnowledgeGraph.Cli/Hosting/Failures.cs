using KnowledgeGraph.Texts;
using KnowledgeGraph.Cypher;
using KnowledgeGraph.Sources;
using KnowledgeGraph.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Cli.Hosting;

/// <summary>
/// The top-level handler: every failure a user can cause ends kg with one clear line on
/// standard error (never a stack trace) and the exit code the README gives for it.
/// </summary>
public static class Failures
{
    /// <summary>The exit code and the line (without "error: ") for <paramref name="ex"/>.</summary>
    public static (int ExitCode, string Message) Describe(Exception ex) => ex switch
    {
        UsageException => (ExitCodes.BadUsage, ex.Message),
        // Several settings wrong at start: every one named, not an internal error.
        AggregateException all when all.InnerExceptions.All(e => e is OptionsValidationException) => (ExitCodes.BadUsage, Messages.Current.Configuration(
            string.Join("; ", all.InnerExceptions.Cast<OptionsValidationException>().SelectMany(v => v.Failures).Select(Unwrapped)))),
        OptionsValidationException v => (ExitCodes.BadUsage, Messages.Current.Configuration(string.Join("; ", v.Failures.Select(Unwrapped)))),

        // The configuration binder: "Failed to convert configuration value 'abc' at 'Neo4j:BatchSize' to type 'System.Int32'."
        InvalidOperationException when ex.Message.StartsWith("Failed to convert configuration value", StringComparison.Ordinal)
            => (ExitCodes.BadUsage, Messages.Current.Configuration(ex.Message.TrimEnd('.'))),
        OperationCanceledException => (ExitCodes.Stopped, Messages.Current.StoppedBySignal),
        StoreException or CypherTemplateException or ArticleReadException => (ExitCodes.Unavailable, ex.Message),
        SqliteException s => (ExitCodes.Unavailable, StoreFaults.Describe(s)),
        IOException io when StoreFaults.IsDiskFull(io) => (ExitCodes.Unavailable, Messages.Current.DiskFull(io.Message)),
        IOException or UnauthorizedAccessException => (ExitCodes.Unavailable, ex.Message),
        _ => (ExitCodes.SomeFailed, Messages.Current.InternalError(ex.GetType().Name, ex.Message)),
    };

    /// <summary>
    /// The message of a setting's own check without the wrapper data annotations put round it
    /// ("DataAnnotation validation failed for 'StoreOptions' members: 'X' with the error: 'MESSAGE'.").
    /// </summary>
    private static string Unwrapped(string failure)
    {
        const string Marker = " with the error: '";
        var at = failure.IndexOf(Marker, StringComparison.Ordinal);
        return at < 0 ? failure : failure[(at + Marker.Length)..].TrimEnd('.', '\'');
    }

    /// <summary>Runs <paramref name="work"/>; a failure is reported as one line and becomes its exit code.</summary>
    public static async Task<int> GuardAsync(Func<Task<int>> work, bool verbose)
    {
        try
        {
            return await work().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            var (code, message) = Describe(ex);
            await Console.Error.WriteLineAsync(Messages.Current.ErrorPrefix + TerminalText.Safe(message)).ConfigureAwait(false);
            if (verbose && code == ExitCodes.SomeFailed)
            {
                await Console.Error.WriteLineAsync(TerminalText.Safe(ex.ToString())).ConfigureAwait(false);
            }

            return code;
        }
    }
}
