namespace Grader.Running.Sandboxing;

/// <summary>The whole environment a worker sees: nothing of the grader's, numeric libraries single-threaded.</summary>
internal static class WorkerEnvironment
{
    /// <summary>
    /// matplotlib draws with Agg (no display, no GUI toolkit) whatever a notebook's <c>%matplotlib</c> says;
    /// its configuration and cache go to the submission's scratch (<c>HOME</c>).
    /// </summary>
    public static Dictionary<string, string> Python() => new(Common(), StringComparer.Ordinal) { ["MPLBACKEND"] = "Agg" };

    /// <summary>Without memory settings: <see cref="DotNetLimits.RuntimeSettings"/> adds them.</summary>
    public static Dictionary<string, string> DotNet()
    {
        var environment = new Dictionary<string, string>(Common(), StringComparer.Ordinal)
        {
            ["DOTNET_gcServer"] = "0",
            ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1",
            ["DOTNET_EnableDiagnostics"] = "0",
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_TieredPGO"] = "0",
        };
        return environment;
    }

    private static Dictionary<string, string> Common() => new(StringComparer.Ordinal)
    {
        ["PATH"] = "/usr/bin:/bin",
        ["HOME"] = "/tmp",
        ["TMPDIR"] = "/tmp",
        ["LANG"] = "C.UTF-8",
        ["OPENBLAS_NUM_THREADS"] = "1",
        ["OMP_NUM_THREADS"] = "1",
        ["MKL_NUM_THREADS"] = "1",
    };
}
