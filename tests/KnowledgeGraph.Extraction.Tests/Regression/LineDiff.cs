using System.Text;

namespace KnowledgeGraph.Extraction.Tests.Regression;

/// <summary>
/// A line diff of two snapshots for people to read: hunks of removed (<c>-</c>) and added (<c>+</c>)
/// lines with a line of context each side, each hunk headed (<c>@@</c>) by the block it falls in,
/// the nearest line above it at the margin (the entity or relationship a changed detail belongs to).
/// Longest common subsequence on lines; snapshots are a few hundred lines, so the table is small.
/// </summary>
public static class LineDiff
{
    private const int Context = 1;

    public static string Format(IReadOnlyList<string> before, IReadOnlyList<string> after, int maxLines = 300)
    {
        var ops = Operations(before, after);
        var sb = new StringBuilder();
        var written = 0;
        var i = 0;
        while (i < ops.Count)
        {
            if (ops[i].Kind == ' ')
            {
                i++;
                continue;
            }

            var start = Math.Max(0, i - Context);
            var end = i;
            while (end < ops.Count && (ops[end].Kind != ' ' || NextChangeWithin(ops, end, 2 * Context)))
            {
                end++;
            }

            end = Math.Min(ops.Count, end + Context);
            sb.Append("@@ ").Append(BlockHeader(before, after, ops, i)).Append('\n');
            for (var k = start; k < end; k++)
            {
                if (written++ >= maxLines)
                {
                    sb.Append("… the diff goes on; compare the received file with the approved one\n");
                    return sb.ToString();
                }

                sb.Append(ops[k].Kind).Append(' ').Append(ops[k].Line).Append('\n');
            }

            i = end;
        }

        return sb.ToString();
    }

    /// <summary>The counts of removed and added lines.</summary>
    public static (int Removed, int Added) Count(IReadOnlyList<string> before, IReadOnlyList<string> after)
    {
        var ops = Operations(before, after);
        return (ops.Count(o => o.Kind == '-'), ops.Count(o => o.Kind == '+'));
    }

    private static bool NextChangeWithin(List<Op> ops, int from, int distance)
    {
        for (var k = from; k < ops.Count && k <= from + distance; k++)
        {
            if (ops[k].Kind != ' ')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The nearest line at the margin at or above the change, in the file the change's line comes from.</summary>
    private static string BlockHeader(IReadOnlyList<string> before, IReadOnlyList<string> after, List<Op> ops, int index)
    {
        var (lines, at) = ops[index].Kind == '+' ? (after, ops[index].After) : (before, ops[index].Before);
        for (var k = at; k >= 0; k--)
        {
            if (lines[k].Length > 0 && !char.IsWhiteSpace(lines[k][0]))
            {
                return lines[k];
            }
        }

        return "(top)";
    }

    private readonly record struct Op(char Kind, string Line, int Before, int After);

    private static List<Op> Operations(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        // lcs[i, j]: the length of the longest common subsequence of a[i..] and b[j..].
        var lcs = new int[a.Count + 1, b.Count + 1];
        for (var i = a.Count - 1; i >= 0; i--)
        {
            for (var j = b.Count - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var ops = new List<Op>(a.Count + b.Count);
        int x = 0, y = 0;
        while (x < a.Count || y < b.Count)
        {
            if (x < a.Count && y < b.Count && a[x] == b[y])
            {
                ops.Add(new Op(' ', a[x], x++, y++));
            }
            else if (x < a.Count && (y == b.Count || lcs[x + 1, y] >= lcs[x, y + 1]))
            {
                ops.Add(new Op('-', a[x], x++, y - 1));
            }
            else
            {
                ops.Add(new Op('+', b[y], x - 1, y++));
            }
        }

        return ops;
    }
}
