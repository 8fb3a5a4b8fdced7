using System.Diagnostics;
using Grader.Checking;
using Grader.Courses;
using Grader.Reports;
using Grader.Running;
using Grader.Running.Sandboxing;
using Grader.Submissions;

namespace Grader.Grading;

/// <summary>
/// Grades one submission against a <see cref="GradingPlan"/>: runs each attempted problem in the
/// sandbox, compares the outputs with the reference, and assembles the score report. Whatever one
/// problem does (crash, hang, hostile code, a fault of ours) costs only that problem.
/// </summary>
public sealed class SubmissionGrader(GradingPlan plan, SubmissionRunner runner, GradingOptions options)
{
    public async Task<ScoreReport> GradeAsync(string path, CancellationToken ct = default)
    {
        var clock = Stopwatch.StartNew();
        Submission submission;
        try
        {
            submission = Submission.Open(path, plan.Contracts, new Toolchain(options.Sandbox.PythonPath));
        }
        catch (Exception e) when (e is not OperationCanceledException && !NoSpace.Is(e))
        {
            // A hostile or broken archive, unreadable files: this submission scores nothing, with the
            // reason, and the batch goes on. A full disk (unpacking a zip) is no fault of the
            // submission: it goes up, so the submission is not recorded and a rerun grades it.
            return Scoreless(SubmissionName.Entry(path), e is RunnerException or SubmissionException ? e.Message : $"could not read the submission: {e.Message}", clock.Elapsed);
        }

        using (submission)
        {
            var scores = new List<ProblemScore>();
            var owner = plan.Course is { } course ? SubmissionOwners.Of(course, submission.Name, options.Student, submission.Student?.Id) : null;
            var copies = new List<CopyFinding>();
            var prints = new Dictionary<string, string>();
            try
            {
                // Derivations are checked by the grader alone (no sandbox): alongside the runs, which mostly wait on the sandbox.
                var writeUps = submission.WriteUps.Count == 0 ? Task.FromResult(WriteUpGrading.Check(submission, plan)) : Task.Run(() => WriteUpGrading.Check(submission, plan), ct);
                foreach (var problem in plan.Problems)
                {
                    ct.ThrowIfCancellationRequested();
                    var graded = owner?.Student is { } student ? plan.For(problem, student) : problem;
                    var (score, submitted) = await GradeProblemAsync(submission, graded, writeUps, ct).ConfigureAwait(false);
                    scores.Add(score);
                    if (submitted is { Language: AttemptLanguage.Answers } && score.Score < score.MaxScore)
                    {
                        var (copy, print) = TypedAnswerCheck.Check(plan, graded, problem, submitted, owner?.Student);
                        copies.AddRange(copy is null ? [] : [copy]);
                        if (print is not null)
                        {
                            prints[problem.Id] = print;
                        }
                    }
                }

                // A run interrupted part-way (its sandbox may have been stopped under it, so a problem
                // can look crashed) is no report: the submission is graded again on resume.
                ct.ThrowIfCancellationRequested();
            }
            finally
            {
                runner.Release(submission);
            }

            return new ScoreReport(submission.Name, scores, submission.FileIssues, clock.Elapsed)
            {
                GradedAt = DateTimeOffset.UtcNow,
                PublicOnly = options.PublicOnly,
                Owner = owner,
                Copies = copies,
                WrongAnswerPrints = prints,
            };
        }
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

            return (ProblemGrader.Grade(problem.Reference, derived, options.PublicOnly), null);
        }

        if (attempt.Language == AttemptLanguage.Answers && problem.Problem.Spec.IdentityFrom is not null)
        {
            // Its right side is given in the statement: only the steps that lead there show anything.
            return (ProblemGrader.Grade(problem.Reference, new ProblemSubmission(problem.Id, Describe(attempt), false, RunMessages.IdentityInAnswers(problem.Id), []), options.PublicOnly), null);
        }

        var cases = options.PublicOnly ? [.. problem.Cases.Where(c => !c.Hidden)] : problem.Cases;
        ProblemSubmission submitted;
        try
        {
            var run = await runner.RunProblemAsync(submission, problem.Contract, cases, problem.Limits, problem.Formulas, ct).ConfigureAwait(false);

            // Formulas are graded like code, on every case; typed numbers stand for the public case only.
            submitted = new ProblemSubmission(
                problem.Id,
                Describe(attempt),
                attempt.Language == AttemptLanguage.Answers && run.Formulas.Count == 0,
                run.LoadError,
                run.Cases) { Formulas = run.Formulas, Derivations = (await writeUps.ConfigureAwait(false)).For(problem.Id), Language = attempt.Language };
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A fault in the grader itself must not take the other problems or submissions with it.
            submitted = new ProblemSubmission(problem.Id, Describe(attempt), false, $"the grader failed to run this problem: {e.Message}", []);
        }

        var score = ProblemGrader.Grade(problem.Reference, submitted, options.PublicOnly);
        return (DescentFeedback.Annotate(problem, score), submitted);
    }

    private static string Describe(Attempt attempt) => attempt.Language switch
    {
        AttemptLanguage.Python => $"python: {attempt.File}:{attempt.Line}",
        AttemptLanguage.CSharp => $"csharp: {attempt.File}:{attempt.Line}",
        _ => $"answers: {attempt.File}",
    };

    /// <summary>A submission that cannot even be opened (a zip bomb, a missing path), or that the grader failed on, scores nothing, with the reason.</summary>
    public ScoreReport Scoreless(string name, string reason, TimeSpan elapsed)
    {
        var scores = plan.Problems.Select(p => ProblemGrader.Grade(p.Reference, null, options.PublicOnly)).ToList();
        return new ScoreReport(name, scores, [new FileIssue(name, 0, 0, reason)], elapsed) { GradedAt = DateTimeOffset.UtcNow, PublicOnly = options.PublicOnly };
    }
}
