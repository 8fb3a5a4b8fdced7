using System.Text.Json;
using Grader.Reference;
using Grader.Running.Sandboxing;
using Grader.Submissions;
using Grader.Worker.Protocol;

namespace Grader.Running.Protocol;

/// <summary>
/// Runs one problem over a worker: load the function, one call per case, end. Both workers speak
/// the same protocol. A worker that stops or breaks a limit fails that case and leaves the rest of
/// the problem not run, with a message saying why.
/// </summary>
internal static class ProblemDriver
{
    private static readonly byte[] End = Encode(new WorkerRequest("end"));

    /// <param name="slack">Extra time beyond the wall limit before the grader itself gives up on the worker.</param>
    /// <param name="batched">Send every case with the load (the Python zygote): the worker answers each in turn,
    /// one result frame per case, stops at the first breach, and ends the problem by itself.</param>
    public static async Task<(string? LoadError, List<CaseRun> Cases, bool WorkerAlive, IReadOnlyList<CellError> CellErrors)> RunAsync(
        WorkerProcess worker, WorkerRequest load, ProblemContract problem, IReadOnlyList<SolvedCase> cases,
        RunLimits limits, TimeSpan slack, CancellationToken ct, bool batched = false)
    {
        var runs = new List<CaseRun>();
        var loaded = await worker.ExchangeAsync(batched ? BatchedLoad.Encode(load, cases) : Encode(load), limits.WallPerCall + slack, ct).ConfigureAwait(false);
        var failure = Failure(loaded, limits, "the import", worker);
        var report = Report(loaded);
        // What the file printed while imported goes with the first case (reports show its output).
        var imported = report?.Stdout ?? string.Empty;
        var cellErrors = failure is null ? report?.CellErrors ?? [] : [];
        if (failure is not null || report?.Op != "loaded")
        {
            var (outcome, message, traceback) = failure ?? Read(report, limits, "import");
            var loadError = traceback is null ? message : message + "\n" + traceback;
            runs.AddRange(cases.Select((c, i) => CaseRun.Failed(c, outcome, RunMessages.NotLoaded(load.Function!, message), stdout: i == 0 ? imported : string.Empty)));
            return (loadError, runs, failure is null, cellErrors);
        }

        for (var i = 0; i < cases.Count; i++)
        {
            var where = RunMessages.Where(cases, i);
            var call = batched ? null : Encode(new WorkerRequest("call", Args: ArgumentEncoder.Encode(cases[i].Arguments)));
            var reply = await worker.ExchangeAsync(call, limits.WallPerCall + slack, ct).ConfigureAwait(false);
            var run = ToCaseRun(cases[i], reply, problem, limits, where, worker);
            if (i == 0 && imported.Length > 0)
            {
                run = run with { Stdout = imported + run.Stdout };
            }

            runs.Add(run);
            if (reply.Message is null || run.Outcome is CaseOutcome.Timeout or CaseOutcome.OutputLimit or CaseOutcome.Crashed)
            {
                runs.AddRange(cases.Skip(i + 1).Select(c => CaseRun.Failed(c, CaseOutcome.NotRun, RunMessages.NotRunAfter(where, run.Message))));
                var alive = reply.Message is not null && (!batched || await EndedAsync(worker, null, ct).ConfigureAwait(false));
                return (null, runs, alive, cellErrors);
            }
        }

        return (null, runs, await EndedAsync(worker, batched ? null : End, ct).ConfigureAwait(false), cellErrors);
    }

    public static byte[] Encode(WorkerRequest request) => JsonSerializer.SerializeToUtf8Bytes(request, ProblemJson.Default.WorkerRequest);

    /// <summary>Ends the problem (a batched worker ends it by itself); false if the worker did not answer.</summary>
    private static async Task<bool> EndedAsync(WorkerProcess worker, byte[]? end, CancellationToken ct)
    {
        var ended = await worker.ExchangeAsync(end, TimeSpan.FromSeconds(5), ct).ConfigureAwait(false);
        return Report(ended)?.Op == "ended";
    }

    /// <returns>The report, or null if there was none or it is not one (code that wrote to its own channel).</returns>
    private static WorkerReport? Report(WorkerReply reply)
    {
        try
        {
            return reply.Message?.RootElement.Deserialize(ProblemJson.Default.WorkerReport);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static CaseRun ToCaseRun(SolvedCase item, WorkerReply reply, ProblemContract problem, RunLimits limits, string where, WorkerProcess worker)
    {
        if (Failure(reply, limits, where, worker) is { } failed)
        {
            return CaseRun.Failed(item, failed.Outcome, failed.Message, null, worker.TakeStderr());
        }

        var report = Report(reply);
        var stdout = report?.Stdout + worker.TakeStderr();
        var duration = TimeSpan.FromSeconds(report?.Seconds ?? 0);
        var (outcome, message, traceback) = Read(report, limits, where);
        if (outcome is not (CaseOutcome.Returned or CaseOutcome.BadReturn))
        {
            return new CaseRun(item, outcome, null, [], message, traceback, stdout, duration);
        }

        var (values, problems) = OutputReader.Read(report!.Outputs ?? default, problem.Outputs);
        problems.InsertRange(0, report.Problems?.Select(p => RunMessages.Returned(p, problem.Outputs)) ?? []);
        return new CaseRun(
            item, problems.Count == 0 ? CaseOutcome.Returned : CaseOutcome.BadReturn,
            values, problems, null, null, stdout, duration);
    }

    private static (CaseOutcome Outcome, string Message, string? Traceback)? Failure(WorkerReply reply, RunLimits limits, string where, WorkerProcess worker) =>
        reply.Failure switch
        {
            WorkerFailure.None => null,
            WorkerFailure.Timeout => (CaseOutcome.Timeout, RunMessages.TimedOut(limits, where), null),
            WorkerFailure.OutputLimit => (CaseOutcome.OutputLimit, RunMessages.OutputFlood(limits, where), null),
            WorkerFailure.Corrupt => (CaseOutcome.Crashed, RunMessages.Corrupt(where), null),
            _ when reply.ExitCode == RunMessages.CpuLimitExitCode =>
                (CaseOutcome.Timeout, RunMessages.WorkerStopped(reply.ExitCode, reply.Diagnostics, where, limits), null),
            _ => (CaseOutcome.Crashed, RunMessages.WorkerStopped(reply.ExitCode, reply.Diagnostics + worker.TakeStderr(), where, limits), null),
        };

    private static (CaseOutcome Outcome, string Message, string? Traceback) Read(WorkerReport? report, RunLimits limits, string where)
    {
        // The outcome is named as CaseOutcome names it (camelCase); anything else is a broken reply.
        if (report is null || !Enum.TryParse<CaseOutcome>(report.Outcome, ignoreCase: true, out var outcome)
            || !char.IsLetter(report.Outcome[0]) || outcome is CaseOutcome.NotAttempted or CaseOutcome.NotRun)
        {
            return (CaseOutcome.Crashed, RunMessages.Corrupt(where), report?.Traceback);
        }

        return outcome is CaseOutcome.Returned or CaseOutcome.BadReturn
            ? (outcome, string.Empty, null)
            : (outcome, RunMessages.Reported(report, limits, where), report.Traceback);
    }
}
