using System.ComponentModel;
using System.Text.Json;
using Grader.Cli.Parsing;
using Grader.Reference;
using Grader.Reports;
using Grader.Values;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Grader.Cli.Commands;

/// <summary><c>grader show</c>: a case's inputs and reference outputs (the instructor's view).</summary>
[Description("Show the inputs and reference outputs of a problem's case(s)")]
internal sealed class ShowCommand(CliContext context) : Command<ShowCommand.Settings>
{
    internal sealed class Settings : ProblemsSettings
    {
        [CommandArgument(0, "<problem-id>")]
        [Description("The problem to show, e.g. toy-network")]
        public string ProblemId { get; init; } = string.Empty;

        [CommandOption("-c|--case <NAME>")]
        [Description("The case to show (default: the first written case, usually 'public')")]
        public string? Case { get; init; }

        [CommandOption("-a|--all")]
        [Description("Show every case, hidden ones included")]
        public bool All { get; init; }

        [CommandOption("-f|--format <FORMAT>")]
        [Description("table or json")]
        [DefaultValue("table")]
        [OneOf("table", "json")]
        public string Format { get; init; } = "table";
    }

    public override int Execute(CommandContext commandContext, Settings settings)
    {
        if (settings.All && settings.Case is not null)
        {
            throw CliMessages.CaseAndAll();
        }

        var catalog = CatalogLoader.Load(context, settings);
        var problem = CatalogLoader.FindProblem(catalog, settings.ProblemId);
        var solution = ProblemSolver.Solve(problem);
        var wanted = settings.Case ?? problem.Spec.Cases[0].Name;
        var cases = settings.All
            ? solution.Cases
            : [solution.Cases.FirstOrDefault(c => c.Case.Name == wanted)
                ?? throw CliMessages.NoCase(problem.Id, wanted, Specs.Suggestions.DidYouMean(wanted, solution.Cases.Select(c => c.Case.Name)), solution.Cases.Select(c => c.Case.Name))];
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
