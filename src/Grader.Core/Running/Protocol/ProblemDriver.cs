using System.Text.Json;
using System.Text.Json.Nodes;
using Grader.Reference;
using Grader.Running.Sandboxing;

namespace Grader.Running.Protocol;

/// <summary>
/// Runs one problem over a worker: load the function, one call per case, end. Both workers speak
/// the same protocol. A worker that stops or breaks a limit fails that case and leaves the rest of
/// the problem not run, with a message saying why.
/// </summary>
internal static class ProblemDriver
{
    /// <param name="slack">Extra time beyond the wall limit before the grader itself gives up on the worker.</param>
    /// <param name="batched">Send every case with the load (the Python zygote): the worker answers each in turn,
    /// one result frame per case, stops at the first breach, and ends the problem by itself.</param>
    public static async Task<(string? LoadError, List<CaseRun> Cases, bool WorkerAlive)> RunAsync(
        WorkerProcess worker, JsonObject load, ProblemContract problem, IReadOnlyList<SolvedCase> cases,
        RunLimits limits, TimeSpan slack, CancellationToken ct, bool batched = false)
    {
        var runs = new List<CaseRun>();
        var loaded = batched
            ? await worker.ExchangeAsync(BatchedLoad.Encode(load, cases), limits.WallPerCall + slack, ct).ConfigureAwait(false)
            : await worker.ExchangeAsync(load, limits.WallPerCall + slack, ct).ConfigureAwait(false);
        var failure = Failure(loaded, limits, "the import", worker);
        // What the file printed while imported goes with the first case (reports show its output).
        var imported = loaded.Message is { } answer && answer.RootElement.TryGetProperty("stdout", out var printed) ? printed.GetString() ?? string.Empty : string.Empty;
        if (failure is not null || loaded.Message!.RootElement.GetProperty("op").GetString() != "loaded")
        {
            var (outcome, message, traceback) = failure ?? Read(loaded.Message!.RootElement, "import");
            var loadError = traceback is null ? message : message + "\n" + traceback;
            runs.AddRange(cases.Select((c, i) => CaseRun.Failed(c, outcome, RunMessages.NotLoaded(load["function"]!.GetValue<string>(), message), stdout: i == 0 ? imported : string.Empty)));
            return (loadError, runs, failure is null);
        }

        for (var i = 0; i < cases.Count; i++)
        {
            var where = RunMessages.Where(cases, i);
            var call = batched ? null : new JsonObject { ["op"] = "call", ["where"] = where, ["args"] = ArgumentEncoder.Encode(cases[i].Arguments) };
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
                return (null, runs, alive);
            }
        }

        return (null, runs, await EndedAsync(worker, batched ? null : new JsonObject { ["op"] = "end" }, ct).ConfigureAwait(false));
    }

    /// <summary>Ends the problem (a batched worker ends it by itself); false if the worker did not answer.</summary>
    private static async Task<bool> EndedAsync(WorkerProcess worker, JsonObject? end, CancellationToken ct)
    {
        var ended = await worker.ExchangeAsync(end, TimeSpan.FromSeconds(5), ct).ConfigureAwait(false);
        return ended.Message?.RootElement.GetProperty("op").GetString() == "ended";
    }

    private static CaseRun ToCaseRun(SolvedCase item, WorkerReply reply, ProblemContract problem, RunLimits limits, string where, WorkerProcess worker)
    {
        if (Failure(reply, limits, where, worker) is { } failed)
        {
            return CaseRun.Failed(item, failed.Outcome, failed.Message, null, worker.TakeStderr());
        }

        var root = reply.Message!.RootElement;
        var stdout = (root.TryGetProperty("stdout", out var printed) ? printed.GetString() : null) + worker.TakeStderr();
        var duration = TimeSpan.FromSeconds(root.TryGetProperty("seconds", out var seconds) ? seconds.GetDouble() : 0);
        var (outcome, message, traceback) = Read(root, where);
        if (outcome is not (CaseOutcome.Returned or CaseOutcome.BadReturn))
        {
            return new CaseRun(item, outcome, null, [], message, traceback, stdout, duration);
        }

        var (values, problems) = OutputReader.Read(root.GetProperty("outputs"), problem.Outputs);
        if (root.TryGetProperty("problems", out var reported))
        {
            problems.InsertRange(0, reported.EnumerateArray().Select(p => p.GetString() ?? string.Empty));
        }

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

    private static (CaseOutcome Outcome, string Message, string? Traceback) Read(JsonElement root, string where)
    {
        var outcome = root.TryGetProperty("outcome", out var kind) ? kind.GetString() : "crashed";
        var message = root.TryGetProperty("message", out var text) ? text.GetString() ?? string.Empty : string.Empty;
        var traceback = root.TryGetProperty("traceback", out var tb) ? tb.GetString() : null;
        return outcome switch
        {
            "returned" => (CaseOutcome.Returned, message, null),
            "bad-return" => (CaseOutcome.BadReturn, message, null),
            "memory" => (CaseOutcome.MemoryLimit, message, traceback),
            "processes" => (CaseOutcome.ProcessLimit, message, traceback),
            "timeout" => (CaseOutcome.Timeout, message, traceback),
            "output" => (CaseOutcome.OutputLimit, message, traceback),
            "exception" => (CaseOutcome.Exception, $"{message} in {where}", traceback),
            _ => (CaseOutcome.Crashed, message.Length > 0 ? message : RunMessages.Corrupt(where), traceback),
        };
    }
}
