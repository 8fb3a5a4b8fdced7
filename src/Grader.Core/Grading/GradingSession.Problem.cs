using Grader.Checking;
using Grader.Experiments;
using Grader.Running;
using Grader.Running.Sandboxing;
using Grader.Submissions;

namespace Grader.Grading;

public sealed partial class GradingSession
{
    private async Task<ProblemScore> GradeProblemAsync(ProblemPlan problem, CancellationToken ct)
    {
        if (problem.Experiment is { } experiment)
        {
            return await GradeExperimentAsync(problem, experiment, ct).ConfigureAwait(false);
        }

        if (_submission is null)
        {
            return ProblemGrader.Grade(problem.Reference, null, _options.PublicOnly);
        }

        // The write-ups are checked once, for every problem, from when the first problem needs them;
        // by the grader alone (no sandbox), so alongside the runs, which mostly wait on the sandbox.
        var submission = _submission;
        _writeUps ??= submission.WriteUps.Count == 0 ? Task.FromResult(WriteUpGrading.Check(submission, _plan)) : Task.Run(() => WriteUpGrading.Check(submission, _plan), ct);
        var graded = Owner?.Student is { } student ? _plan.For(problem, student) : problem;
        var (score, submitted) = await GradeProblemAsync(_submission, graded, _writeUps, ct).ConfigureAwait(false);
        if (submitted is { Language: AttemptLanguage.Answers } && score.Score < score.MaxScore)
        {
            var (copy, print) = TypedAnswerCheck.Check(_plan, graded, problem, submitted, Owner?.Student);
            lock (_results)
            {
                _copies.AddRange(copy is null ? [] : [copy]);
                if (print is not null)
                {
                    _prints[problem.Id] = print;
                }
            }
        }

        // A run interrupted part-way (its sandbox may have been stopped under it, so the problem can
        // look crashed) is no score: the submission is graded again on resume.
        ct.ThrowIfCancellationRequested();
        return score;
    }

    private async Task<(ProblemScore Score, ProblemSubmission? Submitted)> GradeProblemAsync(Submission submission, ProblemPlan problem, Task<WriteUpGrading> writeUps, CancellationToken ct)
    {
        if (!submission.Attempts.TryGetValue(problem.Id, out var attempt))
        {
            // Answered by a derivation only: its result is the answer, on every case.
            ProblemSubmission? derived;
            try
            {
                derived = (await writeUps.ConfigureAwait(false)).Answer(problem);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                derived = new ProblemSubmission(problem.Id, "write-up", false, $"the grader failed to grade this problem's derivations: {e.Message}", []);
            }

            return (ProblemGrader.Grade(problem.Reference, derived, _options.PublicOnly), null);
        }

        if (attempt.Language == AttemptLanguage.Answers && problem.Problem.Spec.IdentityFrom is not null)
        {
            // Its right side is given in the statement: only the steps that lead there show anything.
            return (ProblemGrader.Grade(problem.Reference, new ProblemSubmission(problem.Id, Describe(attempt), false, RunMessages.IdentityInAnswers(problem.Id), []), _options.PublicOnly), null);
        }

        var cases = _options.PublicOnly ? [.. problem.Cases.Where(c => !c.Hidden)] : problem.Cases;
        ProblemSubmission submitted;
        try
        {
            var run = await _runner.RunProblemAsync(submission, problem.Contract, cases, problem.Limits, problem.Formulas, ct).ConfigureAwait(false);
            var derivations = await FeedbackAsync(writeUps, problem.Id).ConfigureAwait(false);

            // Formulas are graded like code, on every case; typed numbers stand for the public case only.
            submitted = new ProblemSubmission(
                problem.Id,
                Describe(attempt),
                attempt.Language == AttemptLanguage.Answers && run.Formulas.Count == 0,
                run.LoadError,
                run.Cases) { Formulas = run.Formulas, Derivations = derivations, Language = attempt.Language };
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A fault in the grader itself must not take the other problems or submissions with it.
            submitted = new ProblemSubmission(problem.Id, Describe(attempt), false, $"the grader failed to run this problem: {e.Message}", []);
        }

        var score = ProblemGrader.Grade(problem.Reference, submitted, _options.PublicOnly);
        return (DescentFeedback.Annotate(problem, score), submitted);
    }

    /// <summary>
    /// The problem's derivations, feedback beside its code or answers. Checking them is the grader's own
    /// work: should it fail, the code's score stands without that feedback, rather than the run being
    /// reported as failed.
    /// </summary>
    private static async Task<IReadOnlyList<ChainFeedback>> FeedbackAsync(Task<WriteUpGrading> writeUps, string problemId)
    {
        try
        {
            return (await writeUps.ConfigureAwait(false)).For(problemId);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return [];
        }
    }

    /// <summary>
    /// A training problem: the runs' cases go to the sandbox like any problem's (training data and
    /// hyperparameters in, weights or labels out), and the grader scores what comes back on the
    /// held-out part. One that cannot run here (a dataset or module missing) is unavailable, not failed.
    /// </summary>
    private async Task<ProblemScore> GradeExperimentAsync(ProblemPlan problem, ExperimentSetup experiment, CancellationToken ct)
    {
        var spec = problem.Problem.Spec;
        if (_submission is null || !_submission.Attempts.TryGetValue(problem.Id, out var attempt))
        {
            return ExperimentGrader.Grade(experiment, spec.Points, spec.Title, null);
        }

        if (attempt.Language == AttemptLanguage.Answers)
        {
            return ExperimentGrader.Grade(experiment, spec.Points, spec.Title, new ProblemSubmission(problem.Id, Describe(attempt), false, ExperimentMessages.TrainingInAnswers(problem.Id), []));
        }

        var unavailable = experiment.Unavailable
            ?? (attempt.Language == AttemptLanguage.Python && ModuleProbe.FirstMissing(experiment.Spec.Requires, _options.Sandbox.PythonPath) is { } module
                ? ExperimentMessages.ModuleMissing(module)
                : null)
            ?? (_runner.Confined && !OperatingSystem.IsWindows() && HeldOutData.ReadableByOthers() is { } open ? ExperimentMessages.HeldOutReadable(open) : null);
        if (unavailable is not null)
        {
            return ExperimentGrader.Unavailable(problem.Id, spec.Title, spec.Points, Describe(attempt), unavailable);
        }

        ProblemSubmission submitted;
        try
        {
            var run = await _runner.RunProblemAsync(_submission, problem.Contract, experiment.Solution.Cases, problem.Limits, problem.Formulas, ct).ConfigureAwait(false);
            submitted = new ProblemSubmission(problem.Id, Describe(attempt), false, run.LoadError, run.Cases) { Language = attempt.Language };
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            submitted = new ProblemSubmission(problem.Id, Describe(attempt), false, $"the grader failed to run this problem: {e.Message}", []);
        }

        ct.ThrowIfCancellationRequested();
        return ExperimentGrader.Grade(experiment, spec.Points, spec.Title, submitted);
    }

    private static string Describe(Attempt attempt) => attempt.Language switch
    {
        AttemptLanguage.Python => $"python: {attempt.Location}",
        AttemptLanguage.CSharp => $"csharp: {attempt.File}:{attempt.Line}",
        _ => $"answers: {attempt.File}",
    };
}
