using Grader.Values;

namespace Grader.Running;

/// <summary>Grader cannot run submissions at all (as opposed to a submission failing). Messages live here.</summary>
public sealed class RunnerException : Exception
{
    public RunnerException()
    {
    }

    public RunnerException(string message)
        : base(message)
    {
    }

    public RunnerException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public static RunnerException BubblewrapMissing(string looked) => new(
        $"bubblewrap was not found ({looked}); Grader runs student code only inside its sandbox. "
        + "Install it with `apt-get install bubblewrap`, or pass --no-sandbox to run submissions unprotected.");

    /// <summary>Neither bubblewrap nor the confined fallback can run here: nothing of a student's is run.</summary>
    /// <summary>A second submission for a runner in the confined fallback (see <see cref="SubmissionRunner.Confined"/>).</summary>
    public static RunnerException ConfinedSecondSubmission() => new(
        "the confined isolation runs one submission's code per run (every submission's processes would share one user and could reach each other), and another submission's ran already: grade each submission in a run of its own, or where bubblewrap works");

    public static RunnerException NoIsolation(string bubblewrap, string fallback) => new(
        $"no isolation available: bubblewrap cannot run here ({bubblewrap}), and the confined fallback cannot either ({fallback}); "
        + "Grader does not run student code as its own user. Run it as root (the fallback runs student code as nobody) or where bubblewrap works.");

    public static RunnerException PythonNotFound(string? configured) => new(configured is null
        ? "no Python 3 found (looked for /usr/bin/python3 and python3 on PATH); install it with `apt-get install python3-numpy` or name one with --python"
        : $"the Python '{configured}' does not exist");

    public static RunnerException RuntimeMissing(int major, IReadOnlyList<string> looked) => new(
        $"the C# worker needs the .NET {major} runtime, and none was found (looked in {string.Join(", ", looked)}); "
        + $"install the .NET {major} SDK or runtime, or set DOTNET_ROOT to the folder of its dotnet host");

    public static RunnerException WorkerMissing(string path) => new(
        $"the C# worker was not found at '{path}'; build Grader.Worker next to Grader.Core");
}
