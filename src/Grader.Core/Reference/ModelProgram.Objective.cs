using Grader.Reference.Autodiff;
using Grader.Reference.Syntax;
using Grader.Values;

namespace Grader.Reference;

public sealed partial class ModelProgram
{
    /// <summary>
    /// For a gradient output <c>grad(f, x)</c>: the value of f on the given inputs, and the signs of
    /// every kinked argument met (a finite-difference step that changes them has crossed a kink).
    /// </summary>
    internal (double Value, IReadOnlyList<sbyte> Signs) EvaluateObjective(int outputIndex, IReadOnlyDictionary<string, Value> inputs)
    {
        var (declaration, expr) = _outputs[outputIndex];
        if (expr is not CallExpr { Name: "grad" } call)
        {
            throw new InvalidOperationException($"output '{declaration.Name}' is not a gradient");
        }

        var tracker = new Kinks(KinkChoice.Default, null);
        var interpreter = Run(inputs, tracker);
        var f = (Node)interpreter.Evaluate(call.Arguments[0], declaration.Expression);
        return (f.Value.ScalarValue, tracker.Signs);
    }
}
