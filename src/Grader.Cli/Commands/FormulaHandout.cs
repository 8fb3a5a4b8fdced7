using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Grader.Formulas;
using Grader.Formulas.Translation;
using Grader.Reference;
using Grader.Specs;

namespace Grader.Cli.Commands;

/// <summary>
/// The handout's table of what a formula answer may name in one problem: each name with its shape,
/// in the numpy-like syntax and in LaTeX (the spec's notation, the model's own names such as
/// <c>W^{(1)}</c>, the conventional <c>\lambda</c>), then the notation's other spellings.
/// </summary>
internal static partial class FormulaHandout
{
    public static void Append(StringBuilder builder, CompiledProblem problem)
    {
        if (problem.Spec.Notation is null)
        {
            return;
        }

        var context = FormulaContext.Create(problem);
        var notation = Notation.Of(problem.Spec.Notation);
        builder.Append("Formula answers (docs/formula-answers.md) may name these, numpy-like or in LaTeX (in LaTeX a subscript `_i` on a batch is its row i):\n\n| name | shape | LaTeX |\n|---|---|---|\n");
        foreach (var (name, type) in context.Names)
        {
            var own = notation.Layers?.Definitions.FirstOrDefault(d => d.Name == name) is { } definition ? definition.Spelling + "^l" : OwnSpelling(name);
            var spellings = notation.Entries.Where(e => !e.IsFunction && e.Describe() == name).Select(e => e.Spelling).Prepend(own);
            builder.Append(CultureInfo.InvariantCulture, $"| `{name}` | {type.Describe()} | {string.Join(", ", spellings.Distinct().Select(s => $"`{s}`"))} |\n");
        }

        var others = notation.Entries.Where(e => e.IsFunction || !context.Names.ContainsKey(e.Describe())).ToList();
        if (others.Count > 0)
        {
            builder.Append("\nIn LaTeX also: ")
                .Append(string.Join(", ", others.Select(e => $"`{e.Spelling}` → `{e.Describe()}`")))
                .Append(".\n");
        }

        if (notation.Layers is { } layers)
        {
            var defined = string.Join(", ", layers.Definitions.Select(d => $"`{d.Spelling}^L` and `{d.Spelling}^l` (`{d.Name}[l - 1]` is layer l)"));
            builder.Append(CultureInfo.InvariantCulture, $"\nThe list outputs are answered layer by layer: one formula for layer `l` = 1 … `L` (`L` = `{ExprPrinter.Print(layers.Count)}`), in LaTeX with layered symbols (`z^l`, `w^{{l+1}}`, `a^{{l-1}}`; `a^0` is the input). Define {defined} beside the outputs: the last layer's, and layer l's from layer l + 1.\n\n");
        }

        builder.Append(problem.Spec.Notation.Vectors switch
        {
            Orientation.Row => "Vectors are rows here (`x_k W^{(1)}`).\n\n",
            Orientation.Entries => "Vectors are read entry by entry here (`\\sigma(x)(1 - \\sigma(x))` is elementwise).\n\n",
            _ => "Vectors are columns (`u v^T` is an outer product).\n\n",
        });
    }

    /// <summary>How LaTeX spells a model name without a table entry: <c>W1</c> as <c>W^{(1)}</c>, <c>lam</c> as <c>\lambda</c>.</summary>
    private static string OwnSpelling(string name)
    {
        if (BuiltinNotation.Values.FirstOrDefault(v => v.Value == name).Key is { } conventional)
        {
            return conventional;
        }

        return TaggedName().Match(name) is { Success: true } tagged
            ? $"{tagged.Groups[1].Value}^{{({tagged.Groups[2].Value})}}"
            : name.Length == 1 ? name : $"\\text{{{name}}}";
    }

    [GeneratedRegex("^([A-Za-z])([0-9]+)$")]
    private static partial Regex TaggedName();
}
