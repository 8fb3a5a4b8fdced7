using System.ComponentModel;
using Grader.Cli.Gradescope;
using Grader.Cli.Parsing;
using Grader.Courses;
using Grader.Reference;
using Grader.Reports;
using Grader.Specs;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Grader.Cli.Commands;

/// <summary><c>grader gradescope</c>: build the Gradescope autograder zip (docs/gradescope.md).</summary>
[Description("Build a Gradescope autograder zip: setup.sh, run_autograder, the problems, their references and this grader")]
internal sealed class GradescopeCommand(CliContext context) : Command<GradescopeCommand.Settings>
{
    internal sealed class Settings : ProblemsSettings
    {
        [CommandOption("-o|--out <ZIP>")]
        [Description("The zip to write (upload it as the assignment's autograder)")]
        public string Out { get; init; } = "autograder.zip";

        [CommandOption("--problem <ID>")]
        [Description("Grade only these problem ids (repeatable; default: every problem)")]
        public string[] Only { get; init; } = [];

        [CommandOption("--hidden-visibility <WHEN>")]
        [Description("When students see the hidden cases' tests: after_published (default), after_due_date, hidden or visible")]
        [OneOf("after_published", "after_due_date", "hidden", "visible")]
        public string HiddenVisibility { get; init; } = "after_published";

        [CommandOption("--stdout-visibility <WHEN>")]
        [Description("When students see the autograder's own output (the grader's log): hidden (default), after_published, after_due_date or visible")]
        [OneOf("hidden", "after_published", "after_due_date", "visible")]
        public string StdoutVisibility { get; init; } = "hidden";

        [CommandOption("--timeout <DURATION>")]
        [Description("Wall time per call, e.g. 10s (overrides the specs)")]
        public string? Timeout { get; init; }

        [CommandOption("--memory <SIZE>")]
        [Description("Memory limit per worker, e.g. 1GiB (overrides the specs)")]
        public string? Memory { get; init; }
    }

    public override int Execute(CommandContext commandContext, Settings settings)
    {
        var catalog = CatalogLoader.Load(context, settings);
        var problems = settings.Only.Length == 0 ? catalog.Problems : [.. settings.Only.Select(id => CatalogLoader.FindProblem(catalog, id))];
        if (catalog.Errors.Count > 0 && (settings.Only.Length == 0 || settings.Only.Any(id => catalog.Find(id) is null)))
        {
            context.Error.WriteLine(CliMessages.SpecsDoNotLoad(catalog.Errors.Count));
            return GraderApp.BadInput;
        }

        var options = new List<string> { "--hidden-visibility", settings.HiddenVisibility, "--stdout-visibility", settings.StdoutVisibility };
        if (settings.Timeout is { } timeout)
        {
            options.AddRange(SpecLoader.TryParseDuration(timeout, out _) ? ["--timeout", timeout] : throw CliMessages.BadTimeout(timeout));
        }

        if (settings.Memory is { } memory)
        {
            options.AddRange(SpecLoader.TryParseBytes(memory, out _) ? ["--memory", memory] : throw CliMessages.BadMemory(memory));
        }

        var courseFile = CourseFile.Locate(context.ProblemsDirectory(settings.Problems), null);
        var zip = context.Resolve(settings.Out);
        var references = Directory.CreateTempSubdirectory("grader-references-");
        try
        {
            // Solved once here, read back by every submission there (the same build: the cache's key).
            var cache = new SolvedReferenceCache(references.FullName);
            foreach (var problem in problems)
            {
                cache.Solve(problem);
            }

            AutograderZip.Write(zip, problems, courseFile, references.FullName, options);
        }
        finally
        {
            references.Delete(recursive: true);
        }

        context.Console.MarkupLine(InertText.Markup(CliMessages.AutograderWritten(context.Shown(zip), problems.Count, new FileInfo(zip).Length, courseFile is not null)));
        return 0;
    }
}
