namespace KnowledgeGraph.Model;

/// <summary>Checks a graph document against the contract and, when given, the article text.</summary>
public static class GraphValidator
{
    /// <summary>Every problem found; empty when the document keeps the contract.</summary>
    public static IReadOnlyList<string> Check(GraphDocument document, string? originalText = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var problems = new List<string>();
        var keys = new HashSet<string>(StringComparer.Ordinal) { document.Article.Key };
        foreach (var e in document.Entities)
        {
            if (!GraphLabels.IsKnown(e.Label) || e.Label == GraphLabels.Article)
            {
                problems.Add($"entity {e.Key}: label '{e.Label}' is not allowed");
            }

            if (!keys.Add(e.Key))
            {
                problems.Add($"entity {e.Key}: key used twice");
            }

            if (string.IsNullOrWhiteSpace(e.Name))
            {
                problems.Add($"entity {e.Key}: empty name");
            }

            foreach (var m in e.Mentions)
            {
                if (SpanProblem(m, originalText) is { } problem)
                {
                    problems.Add($"entity {e.Key} mention: {problem}");
                }
            }
        }

        foreach (var r in document.Relationships)
        {
            if (!RelationshipTypes.IsKnown(r.Type))
            {
                problems.Add($"relationship {r.Type}: type is not allowed");
            }

            if (!keys.Contains(r.Start) || !keys.Contains(r.End))
            {
                problems.Add($"relationship {r.Type} {r.Start}->{r.End}: an end is not in the document");
            }

            // MENTIONS goes from the article to an entity; nothing else touches the article node.
            var fromArticle = r.Start == document.Article.Key;
            if ((r.Type == RelationshipTypes.Mentions) != fromArticle || r.End == document.Article.Key)
            {
                problems.Add($"relationship {r.Type} {r.Start}->{r.End}: only MENTIONS links the article, and only to an entity");
            }

            if (r.Properties.TryGetValue("confidence", out var confidence)
                && (confidence is not (double or float or int or long) || Convert.ToDouble(confidence, System.Globalization.CultureInfo.InvariantCulture) is < 0 or > 1))
            {
                problems.Add($"relationship {r.Type} {r.Start}->{r.End}: confidence must be a number from 0 to 1, not '{confidence}'");
            }

            if (r.Evidence is { } ev && SpanProblem(ev, originalText) is { } evidenceProblem)
            {
                problems.Add($"relationship {r.Type} evidence: {evidenceProblem}");
            }

            // The extension list is stored as evidence too, so its spans must hold as well.
            foreach (var more in r.AllEvidence)
            {
                if (more != r.Evidence && SpanProblem(more, originalText) is { } problem)
                {
                    problems.Add($"relationship {r.Type} evidence: {problem}");
                }
            }
        }

        return problems;
    }

    /// <summary>What is wrong with <paramref name="span"/>, null when nothing is (no message is built for a sound span: this runs for every mention of every article stored).</summary>
    private static string? SpanProblem(TextSpan span, string? text)
    {
        if (span.Start < 0 || span.End < span.Start)
        {
            return $"bad offsets {span.Start}..{span.End}";
        }

        if (text is null)
        {
            return null;
        }

        return span.End > text.Length || !text.AsSpan(span.Start, span.Length).SequenceEqual(span.Text)
            ? $"text '{span.Text}' is not the slice {span.Start}..{span.End}"
            : null;
    }
}
