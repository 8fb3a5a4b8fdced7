using System.ComponentModel;
using Grader.Cli.Parsing;
using Spectre.Console.Cli;

namespace Grader.Cli.Commands;

internal sealed partial class GradeCommand
{
    /// <summary>
    /// The options of <c>grade</c>. Those marked <see cref="ChangesGradesAttribute"/> make a class run
    /// regrade submissions recorded under other values (<see cref="GradingKey"/>).
    /// </summary>
    internal sealed class Settings : ProblemsSettings
    {
        [CommandArgument(0, "<submission>")]
        [Description("Submission folders, zips or files; a folder of submissions grades each one")]
        public string[] Submissions { get; init; } = [];

        [CommandOption("-o|--out <DIR>")]
        [Description("Write each submission's reports to DIR/students/<submission>/ and the gradebook to DIR/gradebook.csv")]
        public string? Out { get; init; }

        [CommandOption("-f|--format <FORMAT>")]
        [Description("table, json, md, gradescope, junit or csv (repeatable)")]
        [ReportFormat]
        [ChangesGrades]
        public string[] Formats { get; init; } = [];

        [CommandOption("--public-only")]
        [Description("Run the public cases only (a self-check before submitting)")]
        [ChangesGrades]
        public bool PublicOnly { get; init; }

        [CommandOption("--no-sandbox")]
        [Description("Run student code without bubblewrap (UNSAFE: only for code you trust)")]
        [ChangesGrades]
        public bool NoSandbox { get; init; }

        [CommandOption("--isolation <POLICY>")]
        [Description("bubblewrap (default: fail where it cannot run) or auto: where bubblewrap cannot make namespaces (a Docker container such as Gradescope's), run student code confined as nobody, and say so in the reports")]
        [OneOf("bubblewrap", "auto")]
        [ChangesGrades]
        public string Isolation { get; init; } = "bubblewrap";

        [CommandOption("--single")]
        [Description("The one submission given is one submission, whatever it holds (never a class of its subfolders)")]
        public bool Single { get; init; }

        [CommandOption("--gradescope-metadata <FILE>")]
        [Description("Gradescope's submission_metadata.json: the submitters name the submission and, with a roster, tell whose it is")]
        [ChangesGrades]
        public string? GradescopeMetadata { get; init; }

        [CommandOption("--hidden-visibility <WHEN>")]
        [Description("Gradescope: when students see the hidden cases' tests: after_published (default), after_due_date, hidden or visible")]
        [OneOf("after_published", "after_due_date", "hidden", "visible")]
        [ChangesGrades]
        public string HiddenVisibility { get; init; } = "after_published";

        [CommandOption("--stdout-visibility <WHEN>")]
        [Description("Gradescope: when students see the autograder's own output: hidden (default), after_published, after_due_date or visible")]
        [OneOf("hidden", "after_published", "after_due_date", "visible")]
        [ChangesGrades]
        public string StdoutVisibility { get; init; } = "hidden";

        [CommandOption("--python <PATH>")]
        [Description("The Python 3 with numpy that runs Python submissions (default /usr/bin/python3)")]
        [ChangesGrades]
        public string? Python { get; init; }

        [CommandOption("--timeout <DURATION>")]
        [Description("Wall time per call, e.g. 10s (overrides the specs)")]
        [ChangesGrades]
        public string? Timeout { get; init; }

        [CommandOption("--memory <SIZE>")]
        [Description("Memory limit per worker, e.g. 1GiB (overrides the specs)")]
        [ChangesGrades]
        public string? Memory { get; init; }

        [CommandOption("--course <FILE>")]
        [Description("The course file (salt and roster): each student is graded on their own numbers (default: course.yaml beside the problems folder)")]
        [ChangesGrades]
        public string? Course { get; init; }

        [CommandOption("--student <ID>")]
        [Description("Whose submission this is, by roster id (otherwise the roster's names or answers.yaml's student: tell)")]
        [ChangesGrades]
        public string? Student { get; init; }

        [CommandOption("--problem <ID>")]
        [Description("Grade only these problem ids (repeatable)")]
        public string[] Only { get; init; } = [];

        [CommandOption("-j|--jobs <N>")]
        [Description("Submissions graded at once with --out (default: one per core)")]
        public int? Jobs { get; init; }

        [CommandOption("--shard <SHARD>")]
        [Description("Grade only slice K of N of the class (e.g. 2/4), into --out; combine with ./grader merge")]
        public string? Shard { get; init; }

        [CommandOption("--gradebook <LMS>")]
        [Description("With --out: also the gradebook canvas or moodle imports (gradebook-canvas.csv, gradebook-moodle.csv), students from the roster where there is one")]
        [OneOf("canvas", "moodle")]
        public string? Gradebook { get; init; }

        [CommandOption("--assignment <NAME>")]
        [Description("The assignment's column in --gradebook's file (default: the --out folder's name)")]
        public string? Assignment { get; init; }

        [CommandOption("--force")]
        [Description("With --out: regrade every submission, even those already graded and unchanged")]
        public bool Force { get; init; }
    }
}
