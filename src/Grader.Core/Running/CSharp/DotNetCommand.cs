using System.Diagnostics;
using Grader.Running.Sandboxing;

namespace Grader.Running.CSharp;

/// <summary>
/// The command that starts Grader.Worker (either role) in the sandbox under <see cref="DotNetLimits"/>:
/// the one place the C# path asks <see cref="Sandbox"/> for a command.
/// </summary>
internal static class DotNetCommand
{
    public static ProcessStartInfo Create(
        Sandbox sandbox, CSharpWorkerFiles files, IReadOnlyList<SandboxMount> mounts, string workingMount, long scratchBytes,
        DotNetLimits limits, params string[] arguments)
    {
        var grader = new SandboxMount(files.Folder, CSharpWorkerFiles.Inside);
        var folder = sandbox.PathFor(grader);
        var command = new List<string> { "/usr/bin/prlimit" };
        command.AddRange(limits.PrlimitArguments(countProcesses: sandbox.Enabled));
        command.AddRange([
            "--", Path.Combine(files.DotnetRoot, "dotnet"), "exec",
            "--runtimeconfig", Path.Combine(folder, "Grader.Worker.runtimeconfig.json"), Path.Combine(folder, "Grader.Worker.dll"),
        ]);
        command.AddRange(arguments);
        var environment = WorkerEnvironment.DotNet();
        foreach (var (name, value) in limits.RuntimeSettings())
        {
            environment[name] = value;
        }

        return sandbox.Command([.. mounts, grader, new(files.DotnetRoot, files.DotnetRoot)], workingMount, scratchBytes, environment, command);
    }
}
