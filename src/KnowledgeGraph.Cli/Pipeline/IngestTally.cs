using KnowledgeGraph.Texts;

namespace KnowledgeGraph.Cli.Pipeline;

/// <summary>Counts of an ingest run, and the summary line a person reads.</summary>
public sealed class IngestTally
{
    public int Read { get; private set; }

    public int Stored { get; private set; }

    public int Skipped { get; private set; }

    public int Failed { get; private set; }

    public int EntitiesAdded { get; private set; }

    public int RelationshipsAdded { get; private set; }

    public void Add(ArticleOutcome o)
    {
        Read++;
        switch (o.Status)
        {
            case ArticleStatus.Stored: Stored++; break;
            case ArticleStatus.AlreadyStored: Skipped++; break;
            default: Failed++; break;
        }

        EntitiesAdded += o.EntitiesAdded;
        RelationshipsAdded += o.RelationshipsAdded;
    }

    /// <summary>The line a person reads, in the counts vocabulary of <see cref="Messages.IngestSummary"/>.</summary>
    public string Summary(Messages messages) =>
        messages.IngestSummary(Read, Stored, Skipped, Failed, EntitiesAdded, RelationshipsAdded);
}
