using System.Collections.Concurrent;
using System.Text.Json;
using Grader.Worker.Compiling;
using Grader.Running.Sandboxing;
using Grader.Submissions;
using Grader.Values;

namespace Grader.Running.CSharp;

/// <summary>
/// Compiles submissions' C# files in Grader.Worker's compile role: a separate, sandboxed process under
/// an address-space limit, killed after <see cref="CompileLimits.Wall"/>. A source that makes Roslyn
/// run away (exponential overload resolution, a gigantic initializer) costs that submission its C#
/// and nothing else: the grader never holds Roslyn's memory or waits on it unbounded. Compile workers
/// are kept warm between submissions (Roslyn's JIT costs seconds) and replaced after any breach; they
/// never run the code they compile.
/// </summary>
internal static class CSharpCompiler
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private static readonly ConcurrentBag<WorkerProcess> Idle = [];
    private static readonly Lazy<(Sandbox Sandbox, CSharpWorkerFiles Files)> Setup = new(Prepare);

    /// <summary>
    /// A submission's <c>.cs</c> files compiled against the base library and MathNet.Numerics. Files with
    /// errors are reported and left out, so the others still run; a compile that breaks a limit reports
    /// every C# file and costs only this submission's C# problems.
    /// </summary>
    /// <exception cref="RunnerException">no compile worker can be started at all (not the submission's fault).</exception>
    public static CSharpBuild Build(IReadOnlyList<(string RelativePath, string Source)> files, CompileLimits limits)
    {
        var (reply, failure) = Compile([.. files.Select(f => new SourceFile(f.RelativePath, f.Source))], limits);
        if (reply is null)
        {
            return new CSharpBuild(null, new Dictionary<string, CSharpMethod>(), [.. files.Select(f => new FileIssue(f.RelativePath, 1, 1, failure!))]);
        }

        var methods = new Dictionary<string, CSharpMethod>(StringComparer.Ordinal);
        foreach (var method in reply.Methods)
        {
            methods.TryAdd(method.Name, new CSharpMethod(method.File, method.Line, method.TypeName, method.Name));
        }

        return new CSharpBuild(reply.Assembly, methods, [.. reply.Issues.Select(i => new FileIssue(i.File, i.Line, i.Column, i.Message))]);
    }

    /// <returns>The reply, or the verdict that stopped the compile (for every file of the request).</returns>
    /// <exception cref="RunnerException">no compile worker can be started at all (not the submission's fault).</exception>
    public static (CompileReply? Reply, string? Failure) Compile(IReadOnlyList<SourceFile> files, CompileLimits limits)
    {
        var request = JsonSerializer.SerializeToUtf8Bytes(new CompileRequest(files), CompileJson.Default.CompileRequest);
        // A worker may also stop for reasons of its own (an idle worker whose starting thread ended):
        // a source is blamed only if a fresh worker stops on it too.
        for (var attempt = 1; ; attempt++)
        {
            var worker = CheckOut(limits);
            var answer = worker.ExchangeAsync(request, limits.Wall, CancellationToken.None).GetAwaiter().GetResult();
            if (answer.Message is { } message)
            {
                var reply = message.Deserialize(CompileJson.Default.CompileReply)!;
                Finish(worker, keep: !reply.OutOfMemory);
                return reply.OutOfMemory ? (null, RunMessages.CompileOutOfMemory(limits)) : (reply, null);
            }

            worker.Dispose();
            if (answer.Failure == WorkerFailure.Timeout)
            {
                return (null, RunMessages.CompileTimedOut(limits));
            }

            if (answer.Diagnostics.Contains("OutOfMemory", StringComparison.Ordinal) || answer.Diagnostics.Contains("Out of memory", StringComparison.Ordinal))
            {
                return (null, RunMessages.CompileOutOfMemory(limits));
            }

            if (attempt == 2)
            {
                return (null, RunMessages.CompilerStopped(answer.ExitCode));
            }
        }
    }

    private static WorkerProcess CheckOut(CompileLimits limits)
    {
        while (Idle.TryTake(out var idle))
        {
            if (!idle.HasExited)
            {
                return idle;
            }

            idle.Dispose();
        }

        var (sandbox, files) = Setup.Value;
        var start = DotNetCommand.Create(sandbox, files, [], CSharpWorkerFiles.Inside, 16L << 20, limits.Process, "compile");
        var worker = WorkerProcess.Start(start, 1L << 20);
        var ready = worker.ExchangeAsync((System.Text.Json.Nodes.JsonNode?)null, StartTimeout, CancellationToken.None).GetAwaiter().GetResult();
        if (ready.Message is null)
        {
            worker.Dispose();
            throw new RunnerException("the C# compile worker did not start: " + ready.Diagnostics.Trim());
        }

        return worker;
    }

    private static void Finish(WorkerProcess worker, bool keep)
    {
        if (keep && Idle.Count < Math.Max(2, Environment.ProcessorCount))
        {
            Idle.Add(worker);
        }
        else
        {
            worker.Dispose();
        }
    }

    private static (Sandbox, CSharpWorkerFiles) Prepare()
    {
        // Compiling runs no student code, but Roslyn reads hostile input: it gets the sandbox whenever
        // bubblewrap is there, even under --no-sandbox (which concerns running code).
        var sandbox = new Sandbox(new SandboxOptions(Enabled: ExecutableSearch.OnPath("bwrap") is not null));
        var files = CSharpWorkerFiles.Stage(sandbox.DropsToNobody, compiler: true);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            while (Idle.TryTake(out var idle))
            {
                idle.Dispose();
            }

            files.Dispose();
        };
        return (sandbox, files);
    }
}
