using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using Grader.Reference;
using Grader.Cli.Parsing;
using Grader.Reports;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Grader.Cli.Commands;

/// <summary><c>grader list</c>: the problems of the catalogue.</summary>
[Description("List the problems: id, title, points, outputs, number of cases")]
internal sealed class ListCommand(CliContext context) : Command<ListCommand.Settings>
{
    internal sealed class Settings : ProblemsSettings
    {
        [CommandOption("-f|--format <FORMAT>")]
        [Description("table, json or md (a handout for students)")]
        [DefaultValue("table")]
        [OneOf("table", "json", "md")]
        public string Format { get; init; } = "table";
    }

    public override int Execute(CommandContext commandContext, Settings settings)
    {
        var catalog = CatalogLoader.Load(context, settings);
        switch (settings.Format)
        {
            case "json":
                WriteJson(catalog.Problems);
                break;
            case "md":
                context.Out.Write(ProblemHandout.Render(catalog.Problems));
                break;
            default:
                WriteTable(catalog.Problems);
                break;
        }

        return catalog.Errors.Count == 0 ? 0 : GraderApp.BadInput;
    }

    internal static int CaseCount(CompiledProblem problem) =>
        problem.Spec.Cases.Count + (problem.Spec.Hidden is { } h ? h.Count + h.Specials.Sum(s => s.Count) : 0);

    private void WriteTable(IReadOnlyList<CompiledProblem> problems)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("id").AddColumn("title").AddColumn(new TableColumn("points").RightAligned())
            .AddColumn("outputs").AddColumn(new TableColumn("cases").RightAligned());
        foreach (var problem in problems)
        {
            table.AddRow(
                InertText.Markup(problem.Id),
                InertText.Markup(problem.Spec.Title),
                problem.Spec.Points.ToString(CultureInfo.InvariantCulture),
                InertText.Markup(string.Join(", ", problem.Spec.Outputs.Select(o => o.Name))),
                CaseCount(problem).ToString(CultureInfo.InvariantCulture));
        }

        var total = problems.Sum(p => p.Spec.Points).ToString(CultureInfo.InvariantCulture);
        table.Caption($"{problems.Count} problems, {total} points");
        context.Console.Write(table);
    }

    private void WriteJson(IReadOnlyList<CompiledProblem> problems)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartArray();
            foreach (var problem in problems)
            {
                writer.WriteStartObject();
                writer.WriteString("id", problem.Id);
                writer.WriteString("title", problem.Spec.Title);
                writer.WriteNumber("points", problem.Spec.Points);
                writer.WriteString("python", problem.Spec.PythonName);
                writer.WriteString("csharp", problem.Spec.CSharpName);
                writer.WriteStartArray("inputs");
                problem.Spec.Inputs.ToList().ForEach(i => writer.WriteStringValue(i.Name));
                writer.WriteEndArray();
                writer.WriteStartArray("outputs");
                problem.Spec.Outputs.ToList().ForEach(o => writer.WriteStringValue(o.Name));
                writer.WriteEndArray();
                writer.WriteNumber("cases", CaseCount(problem));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        context.Out.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
