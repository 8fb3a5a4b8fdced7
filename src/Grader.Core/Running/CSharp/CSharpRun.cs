using System.Text.Json.Nodes;
using Grader.Reference;
using Grader.Running.Protocol;
using Grader.Running.Sandboxing;
using Grader.Submissions;
using Grader.Worker.Protocol;

namespace Grader.Running.CSharp;

/// <summary>
/// A C# problem: the submission's compiled assembly runs in a fresh Grader.Worker process per
/// problem inside the sandbox, under <c>prlimit</c> for CPU, address space, files and processes
/// (<see cref="DotNetLimits"/>). The grader enforces the wall time itself.
/// </summary>
internal static class CSharpRun
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    public static async Task<ProblemRun> RunAsync(
        Sandbox sandbox, CSharpWorkerFiles files, Submission submission, ProblemContract problem, Attempt attempt,
        IReadOnlyList<SolvedCase> cases, RunLimits limits, CancellationToken ct)
    {
        var build = submission.CSharp!;
        var compiled = SubmissionFolder.CreateTemporary();
        var (folder, copy) = ReadableCopy.Ensure(submission.Root, sandbox.DropsToNobody);
        try
        {
            var assembly = Path.Combine(compiled, "Submission.dll");
            await File.WriteAllBytesAsync(assembly, build.Assembly!, ct).ConfigureAwait(false);
            var compiledMount = new SandboxMount(compiled, "/compiled");
            var start = DotNetCommand.Create(
                sandbox, files, [new(folder, "/submission"), compiledMount], "/submission",
                Math.Max(64L << 20, 4 * limits.FileSizeBytes), DotNetLimits.Of(limits));
            using var worker = WorkerProcess.Start(start, limits.OutputBytes);
            var ready = await worker.ExchangeAsync((JsonNode?)null, StartTimeout, ct).ConfigureAwait(false);
            if (ready.Message is null)
            {
                throw new RunnerException("the C# worker did not start: " + ready.Diagnostics.Trim());
            }

            var method = build.Methods[problem.CSharpName!];
            var load = new WorkerRequest(
                "load", problem.Id, problem.CSharpName!, Assembly: Path.Combine(sandbox.PathFor(compiledMount), "Submission.dll"),
                Type: method.TypeName, Outputs: LimitsMessage.Outputs(problem), Limits: LimitsMessage.Encode(limits));
            var (loadError, runs, _, _) = await ProblemDriver.RunAsync(worker, load, problem, cases, limits, TimeSpan.Zero, ct).ConfigureAwait(false);
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
}
