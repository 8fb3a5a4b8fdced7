using System.CommandLine;
using Grader.Reference;
using Grader.Reports;
using Grader.Specs;
using Grader.Verification;
using Spectre.Console;

namespace Grader.Cli.Commands;

/// <summary>
/// <c>grader verify</c>: every spec loads, every reference gradient agrees with finite differences,
/// written cases reproduce their approved values, and every case equals its frozen snapshot.
/// </summary>
internal sealed class VerifyCommand(CliContext context)
{
    internal sealed record Settings(IReadOnlyList<string> Specs, string? Problems);

    public static Command Build(CliContext context)
    {
        var specs = new Argument<string[]>("spec") { Description = "Spec files to verify (default: every spec in the problems folder)", Arity = ArgumentArity.ZeroOrMore };
        var problems = CommonOptions.Problems();
        var command = new Command("verify", "Check every reference: finite differences, approved values, snapshots") { specs, problems };
        command.SetAction(result => new VerifyCommand(context).Execute(new Settings(result.GetValue(specs) ?? [], result.GetValue(problems))));
        return command;
    }

    public int Execute(Settings settings)
    {
        var catalog = settings.Specs.Count > 0
            ? ProblemCatalog.LoadFiles(context.WorkingDirectory, settings.Specs.Select(Existing), context.WorkingDirectory)
            : ProblemCatalog.Load(context.ProblemsDirectory(settings.Problems), context.WorkingDirectory);
        foreach (var error in catalog.Errors)
        {
            context.Console.MarkupLine($"[red]✗[/] {InertText.Markup(error.Location.File)}: does not load");
            context.Error.WriteLine(error.Render());
        }

        var failed = catalog.Errors.Count;
        foreach (var problem in catalog.Problems)
        {
            var result = Verify(problem);
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
            return ProblemVerifier.Verify(ProblemSolver.Solve(problem));
        }
        catch (SpecException e)
        {
            return new VerificationResult(problem.Id, problem.Spec.File.Path, [e.Render()], [], null);
        }
    }

    private string Existing(string path)
    {
        var full = context.Resolve(path);
        return File.Exists(full) ? full : throw new FileNotFoundException($"no spec file at {path}");
    }
}
