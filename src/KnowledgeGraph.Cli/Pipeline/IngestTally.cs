using Humanizer;

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

    /// <summary>e.g. "3 articles read: 2 stored, 1 skipped (already stored), no failures; 15 nodes (articles and entities) and 20 relationships added".</summary>
    public string Summary() =>
        $"{"article".ToQuantity(Read)} read: {Stored} stored, {Skipped} skipped (already stored), "
        + (Failed == 0 ? "no failures" : "failure".ToQuantity(Failed))
        + $"; {"node".ToQuantity(EntitiesAdded + Stored)} and {"relationship".ToQuantity(RelationshipsAdded)} added";
}
