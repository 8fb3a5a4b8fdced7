using System.ComponentModel;
using Grader.Reference;
using Grader.Reports;
using Grader.Specs;
using Grader.Verification;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Grader.Cli.Commands;

/// <summary>
/// <c>grader verify</c>: every spec loads, every reference gradient agrees with finite differences,
/// written cases reproduce their approved values, and every case equals its frozen snapshot.
/// </summary>
[Description("Check every reference: finite differences, approved values, snapshots")]
internal sealed class VerifyCommand(CliContext context) : Command<VerifyCommand.Settings>
{
    internal sealed class Settings : ProblemsSettings
    {
        [CommandArgument(0, "[spec]")]
        [Description("Spec files to verify (default: every spec in the problems folder)")]
        public string[] Specs { get; init; } = [];

        [CommandOption("--variants <N>")]
        [Description("Also check students' own public cases: every roster student's and N sampled ones (e.g. 200)")]
        public int? Variants { get; init; }

        [CommandOption("--course <FILE>")]
        [Description("The course file whose roster --variants checks (default: course.yaml beside the problems folder)")]
        public string? Course { get; init; }
    }

    public override int Execute(CommandContext commandContext, Settings settings)
    {
        var catalog = settings.Specs.Length > 0
            ? ProblemCatalog.LoadFiles(context.WorkingDirectory, settings.Specs.Select(Existing), context.WorkingDirectory)
            : ProblemCatalog.Load(context.ProblemsDirectory(settings.Problems), context.WorkingDirectory);
        foreach (var error in catalog.Errors)
        {
            context.Console.MarkupLine($"[red]✗[/] {InertText.Markup(error.Location.File)}: does not load");
            context.Error.WriteLine(error.Render());
        }

        if (settings.Variants is < 0)
        {
            throw CliMessages.BadVariantCount(settings.Variants.Value);
        }

        var variants = settings.Variants is { } count ? VariantSeeds.For(CourseLoader.Load(context, settings, settings.Course), count) : null;
        var failed = catalog.Errors.Count;
        foreach (var problem in catalog.Problems)
        {
            var result = Verify(problem);
            if (variants is not null)
            {
                var variant = VariantCheck.Run(problem, variants(problem.Id));
                result = result with { Failures = [.. result.Failures, .. variant.Failures], Checks = [.. result.Checks, .. variant.Checks] };
            }

            if (result.Passed)
            {
                context.Console.MarkupLine($"[green]✓[/] {InertText.Markup(result.ProblemId)}");
            }
            else
            {
                failed++;
                context.Console.MarkupLine($"[red]✗[/] {InertText.Markup(result.ProblemId)} ({InertText.Markup(result.SpecPath)})");
                foreach (var failure in result.Failures)
                {
                    context.Console.WriteLine("    " + failure.Replace("\n", "\n    ", StringComparison.Ordinal));
                }
            }

            foreach (var check in result.Checks)
            {
                context.Console.MarkupLine($"    [grey]{InertText.Markup(check)}[/]");
            }
        }

        var total = catalog.Problems.Count + catalog.Errors.Count;
        context.Console.MarkupLine(failed == 0
            ? $"[green]verified {total} problem(s)[/]"
            : $"[red]{failed} of {total} problem(s) failed verification[/]");
        return failed == 0 ? 0 : GraderApp.Failed;
    }

    private static VerificationResult Verify(CompiledProblem problem)
    {
        try
        {
            return problem.Spec.Experiment is null
                ? ProblemVerifier.Verify(ProblemSolver.Solve(problem))
                : Experiments.ExperimentVerifier.Verify(problem);
        }
        catch (SpecException e)
        {
            return new VerificationResult(problem.Id, problem.Spec.File.Path, [e.Render()], [], null);
        }
    }

    private string Existing(string path)
    {
        var full = context.Resolve(path);
        return File.Exists(full) ? full : throw CliMessages.NoSpecFile(path);
    }
}
