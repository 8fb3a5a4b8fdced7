using System.CommandLine;
using System.Text.Json;
using Grader.Reference;
using Grader.Reports;
using Grader.Values;
using Spectre.Console;

namespace Grader.Cli.Commands;

/// <summary><c>grader show</c>: a case's inputs and reference outputs (the instructor's view).</summary>
internal sealed class ShowCommand(CliContext context)
{
    internal sealed record Settings(string ProblemId, string? Case, bool All, string Format, string? Problems);

    public static Command Build(CliContext context)
    {
        var id = new Argument<string>("problem-id") { Description = "The problem to show, e.g. toy-network" };
        var caseOption = new Option<string?>("--case", "-c") { Description = "The case to show (default: the first written case, usually 'public')" };
        var all = new Option<bool>("--all", "-a") { Description = "Show every case, hidden ones included" };
        var format = new Option<string>("--format", "-f") { Description = "table or json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var problems = CommonOptions.Problems();
        var command = new Command("show", "Show the inputs and reference outputs of a problem's case(s)") { id, caseOption, all, format, problems };
        command.SetAction(result => new ShowCommand(context).Execute(new Settings(
            result.GetValue(id)!, result.GetValue(caseOption), result.GetValue(all), result.GetValue(format)!, result.GetValue(problems))));
        return command;
    }

    public int Execute(Settings settings)
    {
        if (settings.All && settings.Case is not null)
        {
            throw new UsageException("--case and --all cannot be used together");
        }

        var catalog = CommonOptions.LoadCatalog(context, settings.Problems);
        var problem = CommonOptions.FindProblem(catalog, settings.ProblemId);
        var solution = ProblemSolver.Solve(problem);
        var wanted = settings.Case ?? problem.Spec.Cases[0].Name;
        var cases = settings.All
            ? solution.Cases
            : [solution.Cases.FirstOrDefault(c => c.Case.Name == wanted)
                ?? throw new UsageException($"problem '{problem.Id}' has no case '{wanted}'{Specs.Suggestions.DidYouMean(wanted, solution.Cases.Select(c => c.Case.Name))}; cases: {string.Join(", ", solution.Cases.Select(c => c.Case.Name))}")];
        if (settings.Format == "json")
        {
            context.Out.WriteLine(ToJson(problem.Id, cases, asArray: settings.All));
        }
        else
        {
            foreach (var solved in cases)
            {
                WriteTable(problem, solved);
            }
        }

        return 0;
    }

    internal static string ToJson(string problemId, IReadOnlyList<SolvedCase> cases, bool asArray)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            if (asArray)
            {
                writer.WriteStartArray();
            }

            foreach (var solved in cases)
            {
                writer.WriteStartObject();
                writer.WriteString("problem", problemId);
                writer.WriteString("case", solved.Case.Name);
                writer.WriteBoolean("hidden", solved.Case.Hidden);
                ValueJson.WriteObject(writer, "inputs", solved.Case.Inputs);
                ValueJson.WriteObject(writer, "outputs", solved.Expected);
                writer.WriteEndObject();
            }

            if (asArray)
            {
                writer.WriteEndArray();
            }
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private void WriteTable(CompiledProblem problem, SolvedCase solved)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumn("").AddColumn("name").AddColumn("shape").AddColumn("value");
        foreach (var (name, value) in solved.Case.Inputs)
        {
            table.AddRow("input", InertText.Markup(name), InertText.Markup(value.Describe()), InertText.Markup(Format(value)));
        }

        foreach (var (name, value) in solved.Expected)
        {
            var bounds = ValueMath.Entries(solved.Lower[name]).SequenceEqual(ValueMath.Entries(solved.Upper[name]))
                ? string.Empty
                : $"  (any value in [{ValueText.Format(solved.Lower[name])}, {ValueText.Format(solved.Upper[name])}] at kinks)";
            table.AddRow("output", InertText.Markup(name), InertText.Markup(value.Describe()), InertText.Markup(Format(value) + bounds));
        }

        var hidden = solved.Case.Hidden ? " (hidden)" : string.Empty;
        table.Title($"{InertText.Markup(problem.Id)} — case {InertText.Markup(solved.Case.Name)}{hidden}");
        context.Console.Write(table);
    }

    private static string Format(Value value) => value switch
    {
        Tensor t => ValueText.Format(t, significant: 10),
        TensorList l => "[" + string.Join(", ", l.Items.Select(t => ValueText.Format(t, significant: 10))) + "]",
        _ => value.ToString() ?? string.Empty,
    };
}
