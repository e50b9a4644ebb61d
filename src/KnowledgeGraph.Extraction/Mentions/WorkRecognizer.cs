using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Mentions;

/// <summary>
/// Works named in quotes after a work noun: книга «…», закон «…», соглашение «…», фильм «…».
/// The mention is the quoted name without the quotes.
/// </summary>
public sealed class WorkRecognizer : IMentionRecognizer
{
    public void Recognize(MentionContext context)
    {
        var t = context.Tokens;
        for (var i = 0; i < t.Count - 2; i++)
        {
            if (!t[i].IsWord || context.Lexicons.WorkHeads.LongestAt(t, i) is not { } head)
            {
                continue;
            }

            var open = head.End;
            var close = open < t.Count ? context.ClosingQuote(open) : -1;
            if (close < 0 || !context.IsFree(open + 1, close))
            {
                continue;
            }

            var name = context.Surface(open + 1, close);
            context.Add(new Mention
            {
                First = open + 1,
                Last = close,
                Label = GraphLabels.Work,
                Name = name,
                Key = MentionKeys.For(GraphLabels.Work, name),
                Properties = { ["kind"] = head.Entry.Canonical },
            });
            i = close;
        }
    }
}
