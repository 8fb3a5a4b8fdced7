using System.Globalization;
using System.Text.Json.Nodes;

namespace Grader.Running;

/// <summary>
/// A C# problem: the submission's compiled assembly runs in a fresh Grader.Worker process per
/// problem inside the sandbox, under <c>prlimit</c> for CPU, files and processes and a GC heap
/// limit for memory. The grader enforces the wall time itself.
/// </summary>
internal static class CSharpRun
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    public static async Task<ProblemRun> RunAsync(
        Sandbox sandbox, CSharpWorkerFiles files, Submission submission, ProblemContract problem, Attempt attempt,
        IReadOnlyList<CaseArguments> cases, RunLimits limits, CancellationToken ct)
    {
        var build = submission.CSharp!;
        var compiled = SubmissionFolder.CreateTemporary();
        var (folder, copy) = ReadableCopy.Ensure(submission.Root, sandbox.DropsToNobody);
        try
        {
            var assembly = Path.Combine(compiled, "Submission.dll");
            await File.WriteAllBytesAsync(assembly, build.Assembly!, ct).ConfigureAwait(false);
            var grader = new SandboxMount(files.Folder, "/grader");
            var compiledMount = new SandboxMount(compiled, "/compiled");
            var mounts = new List<SandboxMount>
            {
                new(folder, "/submission"), grader, compiledMount, new(files.DotnetRoot, files.DotnetRoot),
            };
            var start = sandbox.Command(mounts, "/submission", Math.Max(64L << 20, 4 * limits.FileSizeBytes), WorkerEnvironment.DotNet(limits), Command(sandbox, files, grader, limits));
            using var worker = WorkerProcess.Start(start, limits.OutputBytes);
            var ready = await worker.ExchangeAsync((JsonNode?)null, StartTimeout, ct).ConfigureAwait(false);
            if (ready.Message is null)
            {
                throw new RunnerException("the C# worker did not start: " + ready.Diagnostics.Trim());
            }

            var method = build.Methods[problem.CSharpName];
            var load = new JsonObject
            {
                ["op"] = "load",
                ["problem"] = problem.Id,
                ["function"] = problem.CSharpName,
                ["assembly"] = Path.Combine(sandbox.PathFor(compiledMount), "Submission.dll"),
                ["type"] = method.TypeName,
                ["outputs"] = LimitsMessage.Outputs(problem),
                ["limits"] = LimitsMessage.Encode(limits),
            };
            var (loadError, runs, _) = await ProblemDriver.RunAsync(worker, load, problem, cases, limits, TimeSpan.Zero, ct).ConfigureAwait(false);
            return new ProblemRun(problem.Id, attempt, loadError, runs);
        }
        finally
        {
            Directory.Delete(compiled, recursive: true);
            if (copy is not null)
            {
                Directory.Delete(copy, recursive: true);
            }
        }
    }

    private static List<string> Command(Sandbox sandbox, CSharpWorkerFiles files, SandboxMount grader, RunLimits limits)
    {
        // SIGXCPU at the soft limit (a verdict the grader can name), SIGKILL one second later.
        var seconds = (long)Math.Max(1, Math.Ceiling(limits.CpuTime.TotalSeconds));
        var cpu = string.Create(CultureInfo.InvariantCulture, $"{seconds}:{seconds + 1}");
        var command = new List<string>
        {
            "/usr/bin/prlimit",
            $"--cpu={cpu}",
            string.Create(CultureInfo.InvariantCulture, $"--nofile={limits.OpenFiles}"),
            string.Create(CultureInfo.InvariantCulture, $"--fsize={limits.FileSizeBytes}"),
            "--core=0",
        };
        if (sandbox.Enabled)
        {
            command.Add(string.Create(CultureInfo.InvariantCulture, $"--nproc={limits.Processes}"));
        }

        var folder = sandbox.PathFor(grader);
        command.AddRange([
            "--", Path.Combine(files.DotnetRoot, "dotnet"), "exec",
            "--runtimeconfig", Path.Combine(folder, "Grader.Worker.runtimeconfig.json"), Path.Combine(folder, "Grader.Worker.dll"),
        ]);
        return command;
    }
}
