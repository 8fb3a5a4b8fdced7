using Grader.Checking;
using Grader.Running;
using Grader.Running.Exceptions;
using static Grader.Core.Tests.Checking.Fixtures;

namespace Grader.Core.Tests.Checking;

/// <summary>
/// What the student's one-line feedback says of exceptions: hidden cases grouped by type and line of
/// their code with the scrubbed message, the public case's with its first line; never a traceback.
/// </summary>
public sealed class RaisedFeedbackTests
{
    private static readonly ExceptionSummary Broadcast = new(
        "ValueError", "operands could not be broadcast together with shapes (…,…) (…,…)", new StudentFrame("solutions.py", 12, null, "dW1 = X.T @ delta"));

    private static readonly ExceptionSummary Index = new(
        "IndexError", "index … is out of bounds for axis … with size …", new StudentFrame("solutions.py", 5, null, "return t[k]"));

    [Test]
    public void Feedback_HiddenCasesRaised_GroupsByTypeAndLineMostFrequentFirst()
    {
        // Given a toy network whose public case passes, two hidden cases raise ValueError at line 12 and one IndexError at line 5
        var problem = ToyNetwork();
        var score = Grade(problem, Raised(Index), Raised(Broadcast), Raised(Broadcast));

        // When its one-line feedback is written
        var feedback = score.Feedback;

        // Then, after what the failing cases have in common (every hidden case fails, the public passes),
        // each (type, line) is told once with its count and message, the most frequent first
        Assert.That(feedback, Does.StartWith("Your code works only for the public case's sizes"));
        Assert.That(feedback, Does.EndWith(
            " Your code raised ValueError at solutions.py:12 (`dW1 = X.T @ delta`) on 2 of 3 hidden cases: operands could not be broadcast together with shapes (…,…) (…,…); "
            + "raised IndexError at solutions.py:5 (`return t[k]`) on 1 of 3 hidden cases: index … is out of bounds for axis … with size …"));
    }

    [Test]
    public void Feedback_HiddenCasesRaisedAndOneTimedOut_TellsBoth()
    {
        // Given two hidden cases that raised and one that timed out
        var problem = ToyNetwork();
        var score = Grade(problem, Raised(Broadcast), c => Ended(c, CaseOutcome.Timeout, "timed out after 10 s in hidden case 2"), Raised(Broadcast));

        // When its one-line feedback is written
        var feedback = score.Feedback;

        // Then the timeout is not counted as an exception
        Assert.That(feedback, Does.Contain("on 2 of 3 hidden cases").And.EndWith("; timed out on 1 of 3 hidden cases"));
    }

    [Test]
    public void Feedback_PublicCaseRaised_NamesTheLineAndTheMessagesFirstLine()
    {
        // Given a public case that raised KeyError with a two-line message
        var problem = ToyNetwork();
        var raised = new ExceptionSummary("KeyError", "'W2'\nsecond line", new StudentFrame("hw.py", 4, null, "grads[name] = 2 * params[name]"));
        var submission = new ProblemSubmission(problem.ProblemId, "python: hw.py", false, null,
            [.. problem.Cases.Select(c => Ended(c, CaseOutcome.Exception, "raised KeyError: 'W2'", "Traceback ...") with { Exception = raised })]);

        // When it is graded
        var feedback = ProblemGrader.Grade(problem, submission).Feedback;

        // Then the student reads where, what and the message's first line
        Assert.That(feedback, Is.EqualTo("raised KeyError at hw.py:4 (`grads[name] = 2 * params[name]`) on the public case: 'W2'"));
    }

    [Test]
    public void Feedback_NoLineOfTheStudents_NamesTheTypeOnly()
    {
        // Given hidden cases that raised where no frame was in the student's files, and no message
        var problem = ToyNetwork();
        var score = Grade(problem, Raised(new ExceptionSummary("RecursionError", "", null)), Raised(new ExceptionSummary("RecursionError", "", null)), c => Returned(c, c.Expected.ToDictionary(p => p.Key, p => p.Value)));

        // Then the type and count are told, nothing invented
        Assert.That(score.Feedback, Is.EqualTo("raised RecursionError on 2 of 3 hidden cases"));
    }

    [Test]
    public void OnHidden_MoreGroupsThanALineHolds_CountsTheRest()
    {
        // Given five different exceptions
        var groups = Enumerable.Range(1, 5).Select(i => new RaisedGroup(new ExceptionSummary($"Error{i}", "", null), 1)).ToList();

        // When they are written in one line
        var line = RaisedFeedback.OnHidden(groups, 12, RaisedStyle.Plain);

        // Then the first three are named and the other two counted
        Assert.That(line, Does.Contain("Error3").And.Not.Contain("Error4").And.EndWith("; and 2 other exceptions"));
    }

    [Test]
    public void Grade_CaseRun_CarriesItsSummaryToTheCaseScore()
    {
        // Given a hidden case that raised with a summary
        var problem = ToyNetwork();
        var score = Grade(problem, Raised(Broadcast), Raised(Index), Raised(Index));

        // Then each case score has its own
        Assert.That(score.Cases.Skip(1).Select(c => c.Exception?.Type), Is.EqualTo(new[] { "ValueError", "IndexError", "IndexError" }));
    }

    private static Func<Grader.Reference.SolvedCase, CaseRun> Raised(ExceptionSummary summary) =>
        c => Ended(c, CaseOutcome.Exception, $"raised {summary.Type}: (7,3) in {c.Name}", "Traceback (7,3)") with { Exception = summary };

    /// <summary>The public case returns the expected values; each hidden case runs as <paramref name="hidden"/> says, in order.</summary>
    private static ProblemScore Grade(ProblemReference problem, params Func<Grader.Reference.SolvedCase, CaseRun>[] hidden)
    {
        var runs = new List<CaseRun> { Returned(Named(problem, "public"), ToyPublic) };
        runs.AddRange(problem.Cases.Skip(1).Select((c, i) => hidden[i](c)));
        return ProblemGrader.Grade(problem, new ProblemSubmission(problem.ProblemId, "python: solutions.py", false, null, runs));
    }
}
