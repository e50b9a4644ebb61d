using System.Globalization;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Eval;

/// <summary>
/// facts PRED_DIR GOLD_DIR [--verbose]: scores our relationships against the factRuEval-2016 facts.
///
/// PRED_DIR holds one graph JSON per document (book_100.txt -> book_100.json, as the extract
/// command writes them); GOLD_DIR is a factRuEval folder with .facts, .coref, .objects, .spans.
///
/// A gold fact's argument «objN» is coreference chain N (.coref); its text ranges are the
/// extents (first span start .. last span end) of every object of the chain (.objects, .spans).
/// An entity of ours covers a gold argument when one of its mentions shares a character with
/// one of those ranges.
///
/// Occupation: a gold fact (Who, Position, Where) is found when one of our HOLDS_POSITION
/// relationships has a person covering Who and, if the fact has a Where, an end entity covering
/// it; a relationship is correct when it finds at least one fact. (Our graph keeps one
/// HOLDS_POSITION per person and body, so «президент России» and «премьер-министр РФ» for one
/// person are two gold facts found by one relationship.)
/// Meeting: a gold fact (Participant…) matches one of our MET_WITH relationships when its two
/// ends cover two different participants; a relationship matches at most one fact, a fact
/// counts once however many of its pairs we found.
/// A second Occupation line counts MEMBER_OF and REPRESENTS with HOLDS_POSITION («член»,
/// «депутат», «представитель» are occupations in factRuEval).
/// Precision = matched relationships / our relationships of the type; recall = matched gold
/// facts / gold facts; a document without a prediction file counts as predicting nothing.
/// </summary>
public static class FactsCommand
{
    /// <summary>What a title gives (the second Occupation line): factRuEval counts «член», «депутат», «представитель» as occupations too.</summary>
    private static readonly HashSet<string> TitleTypes = new(StringComparer.Ordinal)
    {
        RelationshipTypes.HoldsPosition, RelationshipTypes.MemberOf, RelationshipTypes.Represents,
    };

    public static Task<int> RunAsync(string[] args) => Task.FromResult(Run(args));

    public static int Run(string[] args)
    {
        var verbose = args.Contains("--verbose");
        var paths = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
        if (paths.Length != 2)
        {
            Console.Error.WriteLine("usage: facts PRED_DIR GOLD_DIR [--verbose]");
            return 2;
        }

        var occupation = new Score();
        var titles = new Score();
        var meeting = new Score();
        foreach (var factsPath in Directory.EnumerateFiles(paths[1], "*.facts").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(factsPath);
            var gold = GoldDocument.Read(paths[1], name);
            var predPath = Path.Combine(paths[0], name + ".json");
            var pred = File.Exists(predPath) ? GraphJson.Deserialize(File.ReadAllText(predPath)) : null;
            var entities = pred?.Entities.ToDictionary(e => e.Key, StringComparer.Ordinal) ?? [];
            var rels = pred?.Relationships ?? [];
            ScoreOccupations(name, gold, entities, rels.Where(r => r.Type == RelationshipTypes.HoldsPosition).ToList(), occupation, verbose);
            ScoreOccupations(name, gold, entities, rels.Where(r => TitleTypes.Contains(r.Type)).ToList(), titles, verbose: false);
            ScoreMeetings(name, gold, entities, rels.Where(r => r.Type == RelationshipTypes.MetWith).ToList(), meeting, verbose);
        }

        Console.WriteLine(occupation.Line("Occupation / HOLDS_POSITION"));
        Console.WriteLine(titles.Line("Occupation / any title"));
        Console.WriteLine(meeting.Line("Meeting / MET_WITH"));
        return 0;
    }

    private static void ScoreOccupations(string doc, GoldDocument gold, Dictionary<string, Entity> entities, List<Relationship> rels, Score score, bool verbose)
    {
        var used = new bool[rels.Count];
        foreach (var fact in gold.Facts.Where(f => f.Type == "Occupation"))
        {
            var who = fact.Ranges("Who");
            var where = fact.Ranges("Where");
            var hits = Enumerable.Range(0, rels.Count).Where(i => Covers(entities, rels[i].Start, who)
                && (where.Count == 0 || Covers(entities, rels[i].End, where))).ToList();
            score.Gold++;
            if (hits.Count > 0)
            {
                hits.ForEach(i => used[i] = true);
                score.GoldHit++;
            }
            else if (verbose)
            {
                Console.WriteLine($"  {doc} missed Occupation: {fact.Text}");
            }
        }

        score.Predicted += rels.Count;
        score.PredictedHit += used.Count(u => u);
        if (verbose)
        {
            for (var i = 0; i < rels.Count; i++)
            {
                if (!used[i])
                {
                    Console.WriteLine($"  {doc} extra {rels[i].Type}: {Name(entities, rels[i].Start)} -> {Name(entities, rels[i].End)}");
                }
            }
        }
    }

    private static void ScoreMeetings(string doc, GoldDocument gold, Dictionary<string, Entity> entities, List<Relationship> rels, Score score, bool verbose)
    {
        var used = new bool[rels.Count];
        foreach (var fact in gold.Facts.Where(f => f.Type == "Meeting"))
        {
            var participants = fact.Arguments.Where(a => a.Role == "Participant").Select(a => gold.RangesOf(a.Objects)).ToList();
            var found = false;
            for (var i = 0; i < rels.Count; i++)
            {
                if (used[i])
                {
                    continue;
                }

                var starts = Enumerable.Range(0, participants.Count).Where(p => Covers(entities, rels[i].Start, participants[p])).ToList();
                var ends = Enumerable.Range(0, participants.Count).Where(p => Covers(entities, rels[i].End, participants[p])).ToList();
                if (starts.Exists(a => ends.Exists(b => a != b)))
                {
                    used[i] = true;
                    found = true;
                }
            }

            score.Gold++;
            score.GoldHit += found ? 1 : 0;
            if (!found && verbose)
            {
                Console.WriteLine($"  {doc} missed Meeting: {fact.Text}");
            }
        }

        score.Predicted += rels.Count;
        score.PredictedHit += used.Count(u => u);
        if (verbose)
        {
            for (var i = 0; i < rels.Count; i++)
            {
                if (!used[i])
                {
                    Console.WriteLine($"  {doc} extra MET_WITH: {Name(entities, rels[i].Start)} -- {Name(entities, rels[i].End)}");
                }
            }
        }
    }

    private static bool Covers(Dictionary<string, Entity> entities, string key, List<(int Start, int End)> ranges) =>
        entities.TryGetValue(key, out var e) && e.Mentions.Exists(m => ranges.Exists(r => m.Start < r.End && r.Start < m.End));

    private static string Name(Dictionary<string, Entity> entities, string key) => entities.TryGetValue(key, out var e) ? e.Name : key;

    private sealed class Score
    {
        public int Gold { get; set; }

        public int GoldHit { get; set; }

        public int Predicted { get; set; }

        public int PredictedHit { get; set; }

        public string Line(string what)
        {
            var p = Predicted == 0 ? 0 : (double)PredictedHit / Predicted;
            var r = Gold == 0 ? 0 : (double)GoldHit / Gold;
            var f = p + r == 0 ? 0 : 2 * p * r / (p + r);
            return string.Create(CultureInfo.InvariantCulture,
                $"{what,-30} P {p:0.000} R {r:0.000} F1 {f:0.000}  (gold {Gold}, found {GoldHit}; predicted {Predicted}, correct {PredictedHit})");
        }
    }
}
