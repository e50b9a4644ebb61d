using KnowledgeGraph.Extraction.Events;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Relations;

/// <summary>
/// The rule-based relation stage: events first (they become entities and mentions), then visits
/// (which find the protagonist and host), collective subjects, and every other rule over each sentence.
/// </summary>
public sealed class DefaultRelationStage(RelationSettings? settings = null) : IRelationStage
{
    private readonly RelationSettings _settings = settings ?? RelationSettings.Default;

    private static readonly IRelationRule[] Rules =
    [
        new MeetingRule(),
        new StanceRule(RelationshipTypes.Praised, lx => lx.Praised),
        new StanceRule(RelationshipTypes.Criticized, lx => lx.Criticized),
        new ParticipationRule(),
        new OrganizerRule(),
        new HeldInRule(),
        new AgreementRule(),
        new PositionRule(),
        new AffiliationRule(),
        new AuthorshipRule(),
        new PartOfRule(),
        new LocatedInRule(),
    ];

    public IEnumerable<Relationship> Extract(DocumentAnalysis document)
    {
        ArgumentNullException.ThrowIfNull(document);
        EventKeys.Rekey(document);
        var views = SentenceViews.Build(document);
        document.Cancellation.ThrowIfCancellationRequested();
        using var sinkTables = WorkingTables<RelationSink.Tables>.Take();
        var ctx = new RelationContext(document, views, document.Lexicons?.Relations ?? RelationLexicons.Default, _settings, sinkTables.Tables);
        EventDetector.Detect(ctx);
        var visits = new VisitRule();
        foreach (var v in views)
        {
            document.Cancellation.ThrowIfCancellationRequested();
            visits.Apply(ctx, v);
        }

        CollectiveSubjects.Mark(ctx);
        foreach (var v in views)
        {
            document.Cancellation.ThrowIfCancellationRequested();
            foreach (var rule in Rules)
            {
                rule.Apply(ctx, v);
            }
        }

        return ctx.Sink.Relationships;
    }
}
