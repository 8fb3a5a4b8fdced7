using System.Globalization;
using System.Text;
using Grader.Reference;
using Grader.Reference.Syntax;
using Grader.Specs;
using Grader.Values;

namespace Grader.Cli.Commands;

/// <summary>The Markdown handout of the problems: statement, signatures in Python and C#, public case.</summary>
internal static class ProblemHandout
{
    public static string Render(IReadOnlyList<CompiledProblem> problems)
    {
        var builder = new StringBuilder();
        builder.Append("# Problems\n\n");
        builder.Append(CultureInfo.InvariantCulture, $"{problems.Count} problems, {problems.Sum(p => p.Spec.Points)} points. ");
        builder.Append(ReturnsNote).Append("\n\n");
        builder.Append("Derivations in a Markdown write-up (docs/derivations.md) are checked step by step: a chain that starts from a problem's derivative (`\\frac{\\partial J}{\\partial W^{(2)}} = …`) derives that output, and a heading naming the problem and output (`## two-layer-l2: W2`) makes it unambiguous.\n\n");
        foreach (var problem in problems)
        {
            Append(builder, problem);
        }

        return builder.ToString();
    }

    /// <summary>How a submission returns its outputs, said once at the top of every handout.</summary>
    internal const string ReturnsNote =
        "Return outputs as a mapping keyed by output name (Python dict; C# record, class or dictionary) or in the listed order (tuple; C# value tuple). "
        + "Shapes that differ only by dimensions of size 1 are accepted. "
        + "Python runs with numpy, matplotlib (plots are drawn, never shown) and, where installed, PyTorch: numpy arrays and CPU torch tensors "
        + "(any real dtype, requires_grad or not) are accepted as outputs. A notebook runs as Jupyter's Run All: a cell that raises costs that cell only; "
        + "`!` and `%%bash` run no shell, and input() gets no answer.";

    private static void Append(StringBuilder builder, CompiledProblem problem)
    {
        AppendStatement(builder, problem);
        var publicCase = problem.Spec.Cases.FirstOrDefault(c => !c.Hidden);
        if (publicCase is not null)
        {
            builder.Append(CultureInfo.InvariantCulture, $"Public case `{publicCase.Name}`:\n\n");
            foreach (var (name, value) in publicCase.Inputs)
            {
                builder.Append(CultureInfo.InvariantCulture, $"- `{name}` = `{ValueText.Format(value)}`\n");
            }

            foreach (var (name, value) in publicCase.Approved)
            {
                builder.Append(CultureInfo.InvariantCulture, $"- expected `{name}` = `{ValueText.Format(value)}`\n");
            }

            builder.Append('\n');
        }
    }

    /// <summary>
    /// A problem's part every handout shares, without any case: heading, source, statement, signatures,
    /// inputs, outputs, and what a formula answer may name (a student's own handout reuses it).
    /// </summary>
    internal static void AppendStatement(StringBuilder builder, CompiledProblem problem)
    {
        var spec = problem.Spec;
        builder.Append(CultureInfo.InvariantCulture, $"## {spec.Id} ({spec.Points} points) — {spec.Title}\n\n");
        if (spec.Source is not null)
        {
            builder.Append(CultureInfo.InvariantCulture, $"*{spec.Source}*\n\n");
        }

        if (spec.Statement is not null)
        {
            builder.Append(spec.Statement.Trim()).Append("\n\n");
        }

        if (!spec.HasCode)
        {
            builder.Append("No code form: answer in a write-up (a derivation ending in the result) or in answers.yaml (a formula).\n\n");
        }
        else
        {
            AppendSignatures(builder, problem);
        }

        builder.Append("| input | shape |\n|---|---|\n");
        foreach (var input in spec.Inputs)
        {
            builder.Append(CultureInfo.InvariantCulture, $"| `{input.Name}` | {input.DescribeShape()} |\n");
        }

        builder.Append("\nOutputs: ").Append(string.Join(", ", spec.Outputs.Select(o => $"`{o.Name}`"))).Append(".\n\n");
        FormulaHandout.Append(builder, problem);
    }

    /// <summary>The Python function and the C# method a submission writes.</summary>
    private static void AppendSignatures(StringBuilder builder, CompiledProblem problem)
    {
        var spec = problem.Spec;
        builder.Append("```python\n")
            .Append(CultureInfo.InvariantCulture, $"def {spec.PythonName}({string.Join(", ", spec.Inputs.Select(i => i.Name))}):\n")
            .Append(CultureInfo.InvariantCulture, $"    return {{{string.Join(", ", spec.Outputs.Select(o => $"\"{o.Name}\": ..."))}}}\n```\n\n");
        builder.Append("```csharp\n")
            .Append(CultureInfo.InvariantCulture, $"public static class Solution\n{{\n    public static ({string.Join(", ", problem.Program.Outputs.Select(o => $"{CSharpType(o)} {o.Name}"))}) {spec.CSharpName}({string.Join(", ", spec.Inputs.Select(i => $"{CSharpType(i)} {i.Name}"))}) {{ ... }}\n}}\n```\n\n");
    }

    /// <summary>The C# type of an output in a value tuple (arrays and MathNet types are accepted too).</summary>
    internal static string CSharpType(OutputInfo output) => output switch
    {
        { IsList: true } => "List<double[,]>",
        { Shape: { Count: 0 } } => "double",
        { Shape: { Count: 1 } } => "double[]",
        _ => "double[,]",
    };

    /// <summary>The C# parameter type a submission would declare for an input (others are bound too).</summary>
    internal static string CSharpType(InputSpec input) => (input.Kind, input.Shape.Count) switch
    {
        (InputKind.FloatList, 1) => "List<double[]>",
        (InputKind.FloatList, _) => "List<double[,]>",
        (InputKind.Int, 0) => "int",
        (InputKind.Int, _) => "int[]",
        (_, 0) => "double",
        (_, 1) => "double[]",
        _ => "double[,]",
    };
}
