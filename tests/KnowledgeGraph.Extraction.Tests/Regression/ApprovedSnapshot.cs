using System.Text;

namespace KnowledgeGraph.Extraction.Tests.Regression;

/// <summary>
/// Compares a received snapshot with the approved file beside the test article
/// (<c>NAME.approved.txt</c>). Equal: passes and removes a stale <c>NAME.received.txt</c>.
/// Different or missing: writes <c>NAME.received.txt</c> and fails with the line diff.
/// Approving is deliberate: <c>tests/approve-snapshots.sh</c> copies received over approved, or
/// a run with <c>KG_APPROVE_SNAPSHOTS=1</c> writes the approved files directly; neither works
/// when <c>CI</c> is set to true, so a build server never approves anything.
/// </summary>
public static class ApprovedSnapshot
{
    public const string ApproveVariable = "KG_APPROVE_SNAPSHOTS";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static string ApprovedPath(string articlePath) => Path.ChangeExtension(articlePath, ".approved.txt");

    public static string ReceivedPath(string articlePath) => Path.ChangeExtension(articlePath, ".received.txt");

    public static void Verify(string articlePath, string received)
    {
        var approvedPath = ApprovedPath(articlePath);
        var receivedPath = ReceivedPath(articlePath);
        var approved = File.Exists(approvedPath) ? Normalise(File.ReadAllText(approvedPath, Encoding.UTF8)) : null;
        received = Normalise(received);
        if (approved == received)
        {
            File.Delete(receivedPath);
            return;
        }

        if (ApprovingAllowed())
        {
            File.WriteAllText(approvedPath, received, Utf8);
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, received, Utf8);
        Assert.Fail(Report(articlePath, approved, received));
    }

    /// <summary>True when <c>KG_APPROVE_SNAPSHOTS=1</c> and not under CI.</summary>
    public static bool ApprovingAllowed() =>
        Environment.GetEnvironmentVariable(ApproveVariable) == "1" && !IsCi();

    private static bool IsCi() =>
        Environment.GetEnvironmentVariable("CI") is { } ci && (ci.Equals("true", StringComparison.OrdinalIgnoreCase) || ci == "1");

    private static string Report(string articlePath, string? approved, string received)
    {
        var name = Path.GetFileName(articlePath);
        var after = Lines(received);
        var sb = new StringBuilder();
        if (approved is null)
        {
            sb.Append("no approved snapshot for ").Append(name).Append(": ").Append(after.Count).Append(" lines received.\n");
        }
        else
        {
            var before = Lines(approved);
            var (removed, added) = LineDiff.Count(before, after);
            sb.Append("the graph of ").Append(name).Append(" differs from its approved snapshot: ")
              .Append(removed).Append(" lines removed (-), ").Append(added).Append(" added (+)\n");
            sb.Append(LineDiff.Format(before, after));
        }

        sb.Append("received: ").Append(ReceivedPath(articlePath)).Append('\n');
        sb.Append("review it; if the change is right, approve with tests/approve-snapshots.sh (or run the tests with ")
          .Append(ApproveVariable).Append("=1), outside CI.");
        return sb.ToString();
    }

    private static List<string> Lines(string text) => [.. text.TrimEnd('\n').Split('\n')];

    private static string Normalise(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);
}
