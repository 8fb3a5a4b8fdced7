using System.ComponentModel;
using Grader.Class.Outputs;
using Grader.Cli.Handouts;
using Grader.Cli.Parsing;
using Grader.Courses;
using Grader.Reference;
using Spectre.Console.Cli;

namespace Grader.Cli.Commands;

/// <summary>
/// <c>grader handout</c>: a student's own assignment, each problem with the numbers of their variant
/// (drawn from the course's salt, their id and the problem id), in Markdown, HTML or JSON; with
/// <c>--all --out DIR</c>, one file per student of the roster.
/// </summary>
[Description("Write a student's own handout: every problem with their own numbers (md, html or json)")]
internal sealed class HandoutCommand(CliContext context) : Command<HandoutCommand.Settings>
{
    internal sealed class Settings : ProblemsSettings
    {
        [CommandOption("-s|--student <ID>")]
        [Description("The student's id in the course file's roster")]
        public string? Student { get; init; }

        [CommandOption("-a|--all")]
        [Description("Every student of the roster, one file each (needs --out)")]
        public bool All { get; init; }

        [CommandOption("-o|--out <DIR>")]
        [Description("Write <id>.md|.html|.json files into this folder instead of printing")]
        public string? Out { get; init; }

        [CommandOption("--course <FILE>")]
        [Description("The course file (default: course.yaml beside the problems folder)")]
        public string? Course { get; init; }

        [CommandOption("--problem <ID>")]
        [Description("Only these problem ids (repeatable; default: every problem)")]
        public string[] Only { get; init; } = [];

        [CommandOption("-f|--format <FORMAT>")]
        [Description("md, html (one self-contained page) or json (for an LMS or a mail merge)")]
        [DefaultValue("md")]
        [OneOf("md", "html", "json")]
        public string Format { get; init; } = "md";
    }

    public override int Execute(CommandContext commandContext, Settings settings)
    {
        if ((settings.Student is null) == !settings.All)
        {
            throw CliMessages.HandoutForWhom();
        }

        if (settings.All && settings.Out is null)
        {
            throw CliMessages.HandoutAllNeedsOut();
        }

        var course = LoadCourse(settings);
        var catalog = CatalogLoader.Load(context, settings);
        if (catalog.Errors.Count > 0)
        {
            context.Error.WriteLine(CliMessages.HandoutSpecsDoNotLoad(catalog.Errors.Count));
            return GraderApp.BadInput;
        }

        var problems = Selected(catalog, settings.Only);
        var students = settings.All
            ? course.Students
            : [course.Find(settings.Student!) ?? throw CourseError.UnknownStudent(course.File, settings.Student!)];
        var format = HandoutFormats.Named(settings.Format);
        if (settings.Out is null)
        {
            context.Out.Write(format.Render(StudentHandout.For(course, students[0], problems)));
            return 0;
        }

        return Write(course, students, problems, format, settings.Out);
    }

    private Course LoadCourse(Settings settings)
    {
        var problemsFolder = context.ProblemsDirectory(settings.Problems);
        var path = CourseFile.Locate(problemsFolder, settings.Course is null ? null : context.Resolve(settings.Course))
            ?? throw CliMessages.NoCourseFile(Path.GetRelativePath(context.WorkingDirectory, problemsFolder));
        return CourseFile.Load(path, settings.Course ?? Path.GetRelativePath(context.WorkingDirectory, path));
    }

    /// <summary>The problems asked for, in the catalogue's order (an unknown id is a usage error with a suggestion).</summary>
    private static IReadOnlyList<CompiledProblem> Selected(ProblemCatalog catalog, string[] only)
    {
        if (only.Length == 0)
        {
            return catalog.Problems;
        }

        var wanted = only.Select(id => CatalogLoader.FindProblem(catalog, id).Id).ToHashSet(StringComparer.Ordinal);
        return [.. catalog.Problems.Where(p => wanted.Contains(p.Id))];
    }

    private int Write(Course course, IReadOnlyList<RosterStudent> students, IReadOnlyList<CompiledProblem> problems, IHandoutFormat format, string outOption)
    {
        var folder = context.Resolve(outOption);
        Directory.CreateDirectory(folder);
        var names = HandoutFiles.Assign(students.Select(s => s.Id));
        var written = 0;
        foreach (var student in students)
        {
            var path = Path.Combine(folder, names[student.Id] + format.Extension);
            try
            {
                AtomicFile.Write(path, format.Render(StudentHandout.For(course, student, problems)));
            }
            catch (OutputWriteException e)
            {
                context.Error.WriteLine(CliMessages.HandoutWriteFailed(e, written));
                return GraderApp.Incomplete;
            }

            written++;
        }

        context.Out.WriteLine(CliMessages.HandoutsWritten(written, outOption, format.Name));
        return 0;
    }
}
