using KnowledgeGraph.Extraction.Mentions;

namespace KnowledgeGraph.Extraction.Resolution;

public static partial class PersonGrouping
{
    /// <summary>
    /// The lists and tables grouping works in, one set a thread, used again article after article instead of made anew for each
    /// (they were about a third of grouping's allocations), through <see cref="WorkingTables{T}"/>, which empties them after each article.
    /// </summary>
    private sealed class Scratch : IWorkingTables
    {
        public List<Group> Groups { get; } = [];

        public GroupIndex Index { get; } = new();

        public Dictionary<int, Group> EndingAt { get; } = [];

        public List<Group> Candidates { get; } = [];

        public List<string> Noms { get; } = [];

        public List<string> Givens { get; } = [];

        public List<Mention> Persons { get; } = [];

        public List<string> Forms { get; } = [];

        public List<Mention> Named { get; } = [];

        public Tally Agreed { get; } = new();

        public List<Group> Kept { get; } = [];

        public List<(Group Into, Group From)> Joined { get; } = [];

        public void Clear()
        {
            Groups.Clear();
            Index.Clear();
            EndingAt.Clear();
            Candidates.Clear();
            Noms.Clear();
            Givens.Clear();
            Persons.Clear();
            Forms.Clear();
            Named.Clear();
            Agreed.Clear();
            Kept.Clear();
            Joined.Clear();
        }
    }
}
