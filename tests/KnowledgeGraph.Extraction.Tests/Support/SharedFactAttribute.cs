namespace KnowledgeGraph.Extraction.Tests.Support;

/// <summary>A fact that needs the shared folder (../shared beside the repository); skipped with a message when it is absent.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SharedFactAttribute : FactAttribute
{
    public SharedFactAttribute()
    {
        if (RepoPaths.Shared is null)
        {
            Skip = "The shared folder (../shared beside the repository root) is not present.";
        }
    }
}

/// <summary>A theory that needs the shared folder; skipped with a message when it is absent.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SharedTheoryAttribute : TheoryAttribute
{
    public SharedTheoryAttribute()
    {
        if (RepoPaths.Shared is null)
        {
            Skip = "The shared folder (../shared beside the repository root) is not present.";
        }
    }
}
