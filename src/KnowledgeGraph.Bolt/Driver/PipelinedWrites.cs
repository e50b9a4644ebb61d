using KnowledgeGraph.Bolt.Connections;
using KnowledgeGraph.Bolt.Protocol;

namespace KnowledgeGraph.Bolt;

/// <summary>A query and its parameters, for <see cref="AsyncSession.ExecuteWritesAsync"/>.</summary>
public sealed record BoltStatement(string Query, IReadOnlyDictionary<string, object?>? Parameters);

/// <summary>
/// Write transactions sent without waiting for each answer (Bolt allows a client to pipeline requests; the server
/// answers them in order). Each statement is one transaction: BEGIN, RUN, PULL, COMMIT. Up to
/// <see cref="MaxInFlight"/> transactions are unanswered at a time, so the answers (a few hundred bytes each) always fit
/// in the socket buffers while the client is still writing and neither side waits for the other. After a FAILURE the
/// server IGNOREs every request until RESET: no further statement is written, the outstanding answers are read, and the
/// first failure is thrown (the connection is RESET when it goes back to the pool). Transactions answered before the
/// failure stay committed.
/// </summary>
internal static class PipelinedWrites
{
    /// <summary>Transactions written but not yet answered, at most.</summary>
    public const int MaxInFlight = 32;

    /// <summary>Bytes gathered before they are handed to the socket.</summary>
    private const int FlushBytes = 256 * 1024;

    /// <summary>Summaries one transaction gets: BEGIN, RUN, PULL, COMMIT.</summary>
    private const int AnswersPerTransaction = 4;

    /// <summary>
    /// Sends every statement and reads every answer; returns the last COMMIT's bookmark. The statements are enumerated
    /// once, as they are written (a statement's parameters can be dropped once encoded).
    /// </summary>
    public static async Task<string?> RunAsync(
        BoltConnection connection, IEnumerable<BoltStatement> statements, IReadOnlyDictionary<string, object?> beginExtra, int fetchSize,
        CancellationToken cancellationToken)
    {
        var answers = new Answers(connection);
        var written = 0;
        foreach (var statement in statements)
        {
            if (answers.Failure is not null)
            {
                break;
            }

            written++;
            ArgumentException.ThrowIfNullOrWhiteSpace(statement.Query);
            connection.Writer.WriteBegin(beginExtra);
            connection.Writer.WriteRun(statement.Query, statement.Parameters);
            connection.Writer.WritePull(fetchSize);
            connection.Writer.WriteCommit();
            if (connection.Writer.Output.Length >= FlushBytes || written - answers.Transactions >= MaxInFlight)
            {
                await connection.FlushAsync(cancellationToken).ConfigureAwait(false);
            }

            while (written - answers.Transactions >= MaxInFlight)
            {
                await answers.ReadTransactionAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        await connection.FlushAsync(cancellationToken).ConfigureAwait(false);
        while (answers.Transactions < written)
        {
            await answers.ReadTransactionAsync(cancellationToken).ConfigureAwait(false);
        }

        if (answers.Failure is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(answers.Failure);
        }

        return answers.Bookmark;
    }

    /// <summary>Reads the answers in order, keeping the first failure and the last bookmark.</summary>
    private sealed class Answers(BoltConnection connection)
    {
        public int Transactions { get; private set; }

        public Exception? Failure { get; private set; }

        public string? Bookmark { get; private set; }

        public async Task ReadTransactionAsync(CancellationToken cancellationToken)
        {
            for (var answer = 0; answer < AnswersPerTransaction; answer++)
            {
                var message = await connection.ReadAsync(cancellationToken).ConfigureAwait(false);
                switch (message.Tag)
                {
                    case MessageTags.Record:
                        answer--; // a write that returns rows: they are not wanted
                        break;
                    case MessageTags.Success when answer == 2 && message.Metadata.GetValueOrDefault("has_more") is true:
                        throw connection.ProtocolViolation("a pipelined write returned more records than one PULL fetches");
                    case MessageTags.Success when answer == 3:
                        Bookmark = message.Metadata.GetValueOrDefault("bookmark") as string ?? Bookmark;
                        break;
                    case MessageTags.Success:
                        break;
                    case MessageTags.Failure:
                        Failure ??= connection.Failure(message);
                        break;
                    case MessageTags.Ignored:
                        Failure ??= connection.Ignored();
                        break;
                    default:
                        throw connection.ProtocolViolation($"expected a summary message but received {message.Name}");
                }
            }

            Transactions++;
        }
    }
}
