using System.Globalization;

namespace Grader.Running;

/// <summary>What the reports and errors say of the isolation in force (docs/security.md, "Without namespaces").</summary>
internal static partial class RunMessages
{
    public const string BubblewrapIsolation =
        "bubblewrap: student code ran in namespaces of its own (no network, a read-only system, nothing of the grader's), as nobody, under a seccomp filter and limits";

    public const string NoIsolation = "none (--no-sandbox): student code ran as the grader's user";

    public const string ConfinementNeedsRoot = "it needs root, to run student code as another user (nobody)";

    public static string ConfinementNeedsSetPriv(string path) => $"{path} is missing (util-linux)";

    public static string ConfinementFailed(string what) => $"its check failed: {what}";

    public static string NoBubblewrap(string? configured) =>
        configured is null ? "no bwrap on PATH" : $"no bubblewrap at {configured}";

    public static string ConfinedIsolation(string reason) =>
        $"confined, without namespaces (bubblewrap cannot make them here: {reason}): student code ran as nobody (uid 65534) with no capabilities, "
        + "no network (only Unix sockets), a seccomp filter and limits on time, CPU, memory, processes, files and output; it could read what any user may read";

    public static string ProbeTimedOut(TimeSpan timeout) =>
        string.Create(CultureInfo.InvariantCulture, $"it did not finish within {timeout.TotalSeconds:0} s");

    public static string ProbeFailed(int exitCode, string error)
    {
        var said = error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "";
        return string.Create(CultureInfo.InvariantCulture, $"exit code {exitCode}") + (said.Length > 0 ? ": " + said : "");
    }
}
