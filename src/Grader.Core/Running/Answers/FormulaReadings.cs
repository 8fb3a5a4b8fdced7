using Grader.Formulas;
using Grader.Reference.Syntax;
using Grader.Specs;
using Grader.Submissions;

namespace Grader.Running.Answers;

/// <summary>
/// A problem's formulas of <c>answers.yaml</c>, read once: the outputs' formulas, and in a problem with
/// layers the student's per-layer definitions (both formulas of each: <c>\delta^L</c> and <c>\delta^l</c>).
/// An output that uses a definition the student did not give, or could not be read, is an error of
/// that output, shown with its formula.
/// </summary>
internal sealed class FormulaReadings
{
    private FormulaReadings(FormulaContext? context)
    {
        Context = context;
    }

    public FormulaContext? Context { get; }

    public List<(FormulaAnswer Answer, FormulaReading? Reading)> Outputs { get; } = [];

    public List<(LayerDefinition Definition, FormulaReading Last, FormulaReading Step)> Definitions { get; } = [];

    public List<FormulaShown> Shown { get; } = [];

    public static FormulaReadings Read(IReadOnlyList<FormulaAnswer> written, Func<FormulaContext> formulas)
    {
        FormulaContext? context = null;
        SpecException? broken = null;
        try
        {
            context = formulas();
        }
        catch (SpecException error)
        {
            broken = error;
        }

        var read = new FormulaReadings(context);
        var definitions = new Dictionary<(LayerDefinition, bool), FormulaReading>();
        var readings = new List<(FormulaAnswer Answer, FormulaReading? Reading, string? Error)>();
        foreach (var answer in written)
        {
            try
            {
                var reading = context is null ? throw FormulaError.NotationBroken(answer.Source, broken!)
                    : answer.IsLatex ? context.ReadLatex(answer.Source) : context.ReadNumpy(answer.Source);
                readings.Add((answer, reading, null));
                if (context.Layers?.Key(answer.Output) is { } key)
                {
                    definitions[key] = reading;
                }
            }
            catch (SpecException error)
            {
                readings.Add((answer, null, error.Render()));
            }
        }

        foreach (var definition in context?.Layers?.Definitions ?? [])
        {
            if (definitions.TryGetValue((definition, true), out var last) && definitions.TryGetValue((definition, false), out var step))
            {
                read.Definitions.Add((definition, last, step));
            }
        }

        foreach (var (answer, reading, error) in readings)
        {
            var isDefinition = context?.Layers?.Key(answer.Output) is not null;
            var missing = reading is null ? null : read.MissingDefinition(context!.Layers, reading);
            var failure = error ?? missing?.Render();
            read.Shown.Add(new FormulaShown(answer.Output, answer.Text, failure is null ? reading!.ReadAs : null, failure) { RowIndex = reading?.RowIndex });
            if (!isDefinition)
            {
                read.Outputs.Add((answer, failure is null ? reading : null));
            }
        }

        return read;
    }

    /// <summary>
    /// Formulas read elsewhere (the results of a write-up's derivations): each output's reading, or the
    /// reason it could not be read, with the text as written.
    /// </summary>
    public static FormulaReadings Of(FormulaContext context, IEnumerable<(string Output, SourceText Written, FormulaReading? Reading, string? Error)> formulas)
    {
        var read = new FormulaReadings(context);
        foreach (var (output, written, reading, error) in formulas)
        {
            var answer = new FormulaAnswer(output, written, IsLatex: true);
            read.Outputs.Add((answer, error is null ? reading : null));
            read.Shown.Add(new FormulaShown(output, written.Text, error is null ? reading?.ReadAs : null, error ?? (reading is null ? RunMessages.ResultUnread : null)) { RowIndex = reading?.RowIndex });
        }

        return read;
    }

    /// <summary>Whether a case must count layers: some definition or a list output is answered here.</summary>
    public bool NeedsLayers(ProblemContract problem) =>
        Definitions.Count > 0 || Outputs.Any(o => problem.Outputs.Any(p => p.Name == o.Answer.Output && p.IsList));

    public bool UsesDefinition(FormulaReading reading) =>
        Context?.Layers is { } layers && Uses(reading).Any(name => layers.Definitions.Any(d => d.Name == name));

    /// <summary>The first use of a definition that is not complete (both formulas read), as an error there.</summary>
    private SpecException? MissingDefinition(NotationLayers? layers, FormulaReading reading)
    {
        foreach (var definition in layers?.Definitions ?? [])
        {
            if (Definitions.Any(d => d.Definition == definition))
            {
                continue;
            }

            if (ExprTree.Nodes(reading.Expression).OfType<NameExpr>().FirstOrDefault(n => n.Name == definition.Name) is { } use)
            {
                return FormulaError.DefinitionMissing(reading.Source, use.Offset, Math.Max(1, use.Length), definition.Spelling, $"{definition.Spelling}^L and {definition.Spelling}^l");
            }
        }

        return null;
    }

    private static IEnumerable<string> Uses(FormulaReading reading) => ExprTree.Nodes(reading.Expression).OfType<NameExpr>().Select(n => n.Name);
}
