namespace KnowledgeGraph.Bolt.Tests.Stub;

/// <summary>Compares an expected script value with a value the client sent. The string "*" matches anything.</summary>
internal static class ValueMatcher
{
    public const string Wildcard = "*";

    /// <summary>Returns null when equal, else where and how the values differ.</summary>
    public static string? Mismatch(object? expected, object? actual, string path)
    {
        switch (expected)
        {
            case Wildcard:
                return null;
            case null:
                return actual is null ? null : Differ(path, expected, actual);
            case List<object?> expectedList:
                return actual is List<object?> actualList ? MismatchList(expectedList, actualList, path) : Differ(path, expected, actual);
            case Dictionary<string, object?> expectedMap:
                return actual is Dictionary<string, object?> actualMap ? MismatchMap(expectedMap, actualMap, path) : Differ(path, expected, actual);
            default:
                return Equals(expected, actual) ? null : Differ(path, expected, actual);
        }
    }

    private static string? MismatchList(List<object?> expected, List<object?> actual, string path)
    {
        if (expected.Count != actual.Count)
        {
            return $"{path}: expected {expected.Count} items, got {actual.Count}";
        }

        for (var i = 0; i < expected.Count; i++)
        {
            if (Mismatch(expected[i], actual[i], $"{path}[{i}]") is { } difference)
            {
                return difference;
            }
        }

        return null;
    }

    private static string? MismatchMap(Dictionary<string, object?> expected, Dictionary<string, object?> actual, string path)
    {
        var missing = expected.Keys.Except(actual.Keys).ToList();
        var extra = actual.Keys.Except(expected.Keys).ToList();
        if (missing.Count > 0 || extra.Count > 0)
        {
            return $"{path}: keys differ (missing: [{string.Join(", ", missing)}], unexpected: [{string.Join(", ", extra)}])";
        }

        foreach (var (key, value) in expected)
        {
            if (Mismatch(value, actual[key], $"{path}.{key}") is { } difference)
            {
                return difference;
            }
        }

        return null;
    }

    private static string Differ(string path, object? expected, object? actual) =>
        $"{path}: expected {JsonValues.Describe(expected)}, got {JsonValues.Describe(actual)}";
}
