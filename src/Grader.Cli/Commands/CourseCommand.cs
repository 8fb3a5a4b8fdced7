using System.ComponentModel;
using Grader.Courses;
using Grader.Reports;
using Grader.Specs;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Grader.Cli.Commands;

/// <summary>
/// <c>grader course</c>: the course file (<c>course.yaml</c>: the secret salt and the roster) that
/// per-student variants are drawn from. <c>init</c> makes it, <c>roster</c> fills it from a gradebook
/// export, <c>show</c> lists its students. No verb ever prints the salt.
/// </summary>
internal static partial class CourseCommand
{
    public const string Description = "The course file: its secret salt (init) and its roster (roster, show)";

    /// <summary>The options of every <c>course</c> verb: where the problems are, and the course file.</summary>
    internal class CourseSettings : ProblemsSettings
    {
        [CommandOption("--course <FILE>")]
        [Description("The course file (default: course.yaml beside the problems folder)")]
        public string? Course { get; init; }
    }

    /// <summary>The branch's verbs, as <see cref="GraderApp"/> registers them under <c>course</c>.</summary>
    public static void Configure(IConfigurator<CommandSettings> course)
    {
        course.SetDescription(Description);
        course.AddCommand<Init>("init").WithExample("course", "init");
        course.AddCommand<Roster>("roster").WithExample("course", "roster", "grades.csv");
        course.AddCommand<Show>("show");
    }

    /// <summary>Where the course file is or would be: <c>--course</c>, else beside the problems folder.</summary>
    private static string Target(CliContext context, CourseSettings settings) =>
        settings.Course is { } given ? context.Resolve(given) : CourseFile.DefaultPath(context.ProblemsDirectory(settings.Problems));

    /// <summary>The course file, which must exist: a verb that reads it cannot make it.</summary>
    private static string Existing(CliContext context, CourseSettings settings)
    {
        var path = Target(context, settings);
        return File.Exists(path) ? path : throw CliMessages.NoCourseFile(Shown(context, path), settings.Course is not null);
    }

    /// <summary>A path as the user sees it: relative to where they are, when it is below.</summary>
    private static string Shown(CliContext context, string path)
    {
        var relative = Path.GetRelativePath(context.WorkingDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }

    /// <summary>
    /// A course file or export that cannot be read, compiler style. Its lines hold names students
    /// chose, so the report goes out inert.
    /// </summary>
    private static int Refused(CliContext context, SpecException e)
    {
        context.Error.WriteLine(InertText.Escape(e.Render(), keepLineBreaks: true));
        return GraderApp.BadInput;
    }

    private static void Say(CliContext context, string sentence) => context.Console.WriteLine(InertText.Escape(sentence));
}
