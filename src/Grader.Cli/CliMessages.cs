using System.Globalization;
using Grader.Class.Outputs;
using Grader.Reports;
using Grader.Running;

namespace Grader.Cli;

/// <summary>
/// The command line's own sentences, in one place: bad usage (an <see cref="UsageException"/>, exit
/// code 2) and what a class run says when it stops. Names in them come from students: whoever prints
/// them escapes them (<see cref="InertText"/>).
/// </summary>
internal static partial class CliMessages
{
    public const string NoCommand = "grader: give a command (see above), e.g. ./grader grade submissions/examples";

    /// <summary>After a command line that does not parse.</summary>
    public static string SeeHelp(string? verb) =>
        verb is null ? "grader: ./grader --help lists the commands" : $"grader: ./grader {verb} --help lists its arguments and options";

    /// <summary>An option's value that is not one of its words.</summary>
    public static string NotOneOf(string value, IEnumerable<string> allowed) =>
        $"Argument '{value}' not recognized. Must be one of: {string.Join(", ", allowed.Select(a => $"'{a}'"))}";

    public static string Required(string option) => $"Option '{option}' is required.";

    public static UsageException BadJobs(int jobs) =>
        new(string.Create(CultureInfo.InvariantCulture, $"--jobs {jobs}: give at least 1 (the default is one per core)"));

    public static UsageException BadStudents(int students) =>
        new(string.Create(CultureInfo.InvariantCulture, $"--students {students}: give at least 1"));

    public static UsageException BadRuns(int runs) =>
        new(string.Create(CultureInfo.InvariantCulture, $"--runs {runs}: give at least 1"));

    /// <summary>A class benchmark's option with <c>bench --single</c>.</summary>
    public static UsageException NotWithSingle(string option) =>
        new($"{option} is for the class benchmark; --single grades one submission in fresh processes (--runs, --compare, SUBMISSION)");

    public static UsageException NotWithTorch(string option) =>
        new($"{option} is not for bench --torch, which grades the torch-correct and python-correct examples one at a time (--runs, --examples)");

    /// <summary>An option or argument of <c>bench --single</c> without it.</summary>
    public static UsageException OnlyWithSingle(string option) =>
        new($"{option} is for bench --single (cold single-submission latency): add --single");

    public static UsageException NoGraderBuild(string path) =>
        new($"--compare {path}: no grader-native, and no Grader.Cli.dll with its Grader.Cli.runtimeconfig.json, there; give a build's folder (e.g. ../main/.grader/bin), its grader-native or its Grader.Cli.dll");

    public static FileNotFoundException NoBenchSubmission(string path) => new($"bench --single: no submission at {path}");

    /// <summary>A grader process of <c>bench --single</c> that failed (its exit code, or null if it did not start).</summary>
    public static RunnerException BenchGradeFailed(string command, int? exitCode, string error) =>
        new(string.Create(CultureInfo.InvariantCulture, $"bench --single: {command} grade failed (exit code {exitCode?.ToString(CultureInfo.InvariantCulture) ?? "none"}): {ReportText.FirstLine(error.Trim())}"));

    public static UsageException BadShard(string message) => new(message);

    public static UsageException ShardNeedsOut() =>
        new("--shard grades a slice of a class into a folder: add --out DIR (one folder per shard, then ./grader merge)");

    public static UsageException BadTimeout(string text) => new($"--timeout {text}: write a duration such as 10s or 500ms");

    public static UsageException BadMemory(string text) => new($"--memory {text}: write a size such as 1GiB or 512MiB");

    public static UsageException CaseAndAll() => new("--case and --all cannot be used together");

    public static UsageException NoProblem(string id, string folder, string suggestion) =>
        new($"no problem '{id}' in {folder}{suggestion}; ./grader list shows them");

    public static UsageException NoCase(string problem, string name, string suggestion, IEnumerable<string> cases) =>
        new($"problem '{problem}' has no case '{name}'{suggestion}; cases: {string.Join(", ", cases)}");

    public static FileNotFoundException NoSpecFile(string path) => new($"no spec file at {path}");

    public static string SpecsDoNotLoad(int count) =>
        string.Create(CultureInfo.InvariantCulture, $"grader: {count} spec(s) do not load; fix them (see above) before grading");

    /// <summary>With --problem, specs that do not load and are not among the problems graded.</summary>
    public static string OtherSpecsDoNotLoad(int count) =>
        string.Create(CultureInfo.InvariantCulture, $"grader: {count} other spec(s) do not load (see above); grading the problems asked for with --problem");

    public static UsageException TestNeedsTheScript() =>
        new("the test suite runs from the repository: ./grader test [dotnet test options] (it installs the test prerequisites first)");

    public static UsageException SingleTakesOne(int count) =>
        new(string.Create(CultureInfo.InvariantCulture, $"--single grades one submission, but {count} were given; give one folder, zip or file"));

    /// <summary>--isolation auto fell back to the confined mode with more than one submission to grade.</summary>
    public static UsageException ConfinedGradesOne(int count, string isolation) =>
        new(string.Create(CultureInfo.InvariantCulture,
            $"{count} submissions were given, but here student code can only run confined ({isolation}), where every submission's processes share one user: grade one submission per run (as run_autograder does), or where bubblewrap works"));

    /// <summary>On standard error when --isolation auto: which isolation the run has (the reports say it too).</summary>
    public static string IsolationInForce(string isolation) => $"grader: isolation: {isolation}";

    public static string NoGradescopeMetadata(string path) =>
        $"grader: no Gradescope metadata at {path}; grading without it (the submission keeps its folder's name)";

    public static string BadGradescopeMetadata(string path, long? line, string what) =>
        (line is { } at ? string.Create(CultureInfo.InvariantCulture, $"grader: {path}:{at}: ") : $"grader: {path}: ")
        + $"not Gradescope's submission metadata ({what}); grading without it";

    public static string AutograderWritten(string zip, int problems, long bytes, bool course) =>
        string.Create(CultureInfo.InvariantCulture, $"wrote {zip} ({bytes / 1e6:0.0} MB): {problems} problem(s)")
        + (course ? ", the course file (its salt and roster)" : "")
        + ". Upload it as the assignment's autograder on Gradescope (docs/gradescope.md); the test student's results show which isolation ran.";

    public static UsageException GradebookNeedsOut(string lms) =>
        new($"--gradebook {lms} writes a class file: add --out DIR (the file is DIR/gradebook-{lms}.csv)");

    public const string NoSandbox = "grader: --no-sandbox: student code runs with your permissions and can read and change your files";

    /// <summary>The progress line's result for a submission the grader failed on.</summary>
    public static string NotGradedResult(Exception e) => $"not graded ({e.GetType().Name}: {ReportText.FirstLine(e.Message)})";

    public static string SomeNotGraded(int count) =>
        string.Create(CultureInfo.InvariantCulture, $"grader: {count} submission(s) could not be graded because of an error in Grader (the reason is in their reports); ")
        + "they are tried again when the same command runs again";

    /// <summary>An output file could not be written: the run stops, and says what to do.</summary>
    public static string WriteFailed(OutputWriteException e, int kept) =>
        (e.NoSpace
            ? $"grader: no space left on device while writing {e.Path}; free space and run the same command again"
            : $"grader: could not write {e.Path} ({e.Message}); fix that and run the same command again")
        + string.Create(CultureInfo.InvariantCulture, $": graded submissions are kept ({kept} in this run), the others are graded then");

    public static string Interrupted(int graded, string outDirectory) =>
        string.Create(CultureInfo.InvariantCulture, $"grader: interrupted; {graded} submission(s) graded in this run are kept in {outDirectory}/. ")
        + "Run the same command again to grade the rest (finished, unchanged submissions are skipped).";

    public static UsageException BadVariantCount(int count) => new($"--variants must be 0 or more (got {count}), e.g. --variants 200");

    public static UsageException StudentWithoutCourse(string student) =>
        new($"--student {student} needs a course file with a roster: run ./grader course init and ./grader course roster EXPORT.csv, or give --course FILE");

    public static UsageException StudentForOneSubmission(string student, int count) =>
        new($"--student {student} says whose one submission is graded, but {count} were given; in a class, the roster's names or each answers.yaml's student: tell whose each is");
}
