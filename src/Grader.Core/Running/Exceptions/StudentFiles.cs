using Grader.Submissions;

namespace Grader.Running.Exceptions;

/// <summary>
/// The submission's own files as a traceback names them: Python's by their path in the sandbox
/// (<c>/submission/solutions.py</c>) or, unsandboxed, in the submission's folder; C#'s by the relative
/// path they were compiled under. A frame in any other file (numpy, the standard library, the grader,
/// a file the code wrote while it ran) is not the student's.
/// </summary>
internal sealed partial class StudentFiles
{
    private const string SandboxFolder = "/submission/";

    /// <summary>A quoted line is cut here: it is shown in a one-line feedback.</summary>
    public const int MaxSource = 120;

    private readonly Submission _submission;

    private StudentFiles(Submission submission) => _submission = submission;

    /// <summary>Every case of <paramref name="run"/> that raised, with its <see cref="ExceptionSummary"/>.</summary>
    /// <remarks>A notebook's tracebacks and failed cells are then told in the notebook's terms (<see cref="InNotebookTerms"/>).</remarks>
    public static ProblemRun Summarize(ProblemRun run, Submission submission)
    {
        if (run.Attempt is not { } attempt)
        {
            return run;
        }

        var files = new StudentFiles(submission);
        if (run.Cases.Any(c => c.Outcome == CaseOutcome.Exception && c.Traceback is not null))
        {
            run = run with { Cases = [.. run.Cases.Select(c => c with { Exception = files.Summary(c, attempt.Language) })] };
        }

        return attempt.Language == AttemptLanguage.Python && submission.PythonFiles.GetValueOrDefault(attempt.File)?.Notebook is { } notebook
            ? files.InNotebookTerms(run, attempt.File, notebook)
            : run;
    }

    private ExceptionSummary? Summary(CaseRun run, AttemptLanguage language)
    {
        if (run.Outcome != CaseOutcome.Exception || run.Traceback is null)
        {
            return null;
        }

        var parsed = language == AttemptLanguage.CSharp ? DotNetStackTrace.Parse(run.Traceback) : PythonTraceback.Parse(run.Traceback);
        if (parsed is null)
        {
            return null;
        }

        var frame = parsed.Frames.Reverse().Select(f => Locate(f, language)).FirstOrDefault(f => f is not null);
        return ExceptionSummary.From(parsed, frame, run.Case.Hidden);
    }

    /// <returns>The frame as a line of the student's files; null when it is in no file of theirs, or past its end.</returns>
    internal StudentFrame? Locate(TracebackFrame frame, AttemptLanguage language)
    {
        string? source;
        NotebookSource? notebook = null;
        string file;
        if (language == AttemptLanguage.CSharp)
        {
            file = frame.File;
            source = _submission.CSharpSources.GetValueOrDefault(file);
        }
        else
        {
            file = Relative(frame.File) ?? string.Empty;
            var python = _submission.PythonFiles.GetValueOrDefault(file);
            (source, notebook) = (python?.Source, python?.Notebook);
        }

        var lines = source?.Split('\n');
        if (lines is null || frame.Line < 1 || frame.Line > lines.Length)
        {
            return null;
        }

        var text = lines[frame.Line - 1].Trim();
        text = text.Length <= MaxSource ? text : text[..(MaxSource - 1)] + HiddenText.Elided;
        return new StudentFrame(file, frame.Line, notebook?.Locate(frame.Line), text.Length == 0 ? null : text);
    }

    private string? Relative(string path)
    {
        foreach (var folder in new[] { SandboxFolder, _submission.Root.TrimEnd('/') + "/" })
        {
            if (path.StartsWith(folder, StringComparison.Ordinal))
            {
                return path[folder.Length..];
            }
        }

        return null;
    }
}
