using Grader.Reference.Syntax;

namespace Grader.Derivations.Checking;

/// <summary>An output of a problem that is a gradient, <c>dZ: grad(J, Z)</c>: what a derivation of ∂J/∂Z arrives at.</summary>
/// <param name="Objective">What is differentiated: a name (<c>J</c>) or an expression (<c>sum(sigmoid(x))</c>).</param>
/// <param name="Wrt">The input or intermediate it is taken with respect to.</param>
internal sealed record GradientOutput(string Name, Expr Objective, string Wrt)
{
    /// <summary>The objective's model name when it is one (<c>J</c>); null for an expression.</summary>
    public string? ObjectiveName => Objective is NameExpr name ? name.Name : null;

    /// <summary>The gradient outputs of a problem's <c>outputs:</c>, in order.</summary>
    public static IReadOnlyList<GradientOutput> Of(Reference.CompiledProblem problem)
    {
        var outputs = new List<GradientOutput>();
        foreach (var output in problem.Spec.Outputs)
        {
            try
            {
                if (Parser.ParseExpression(output.Expression) is CallExpr { Name: "grad", Arguments: [var objective, NameExpr wrt] })
                {
                    outputs.Add(new GradientOutput(output.Name, objective, wrt.Name));
                }
            }
            catch (Specs.SpecException)
            {
                // A compiled problem's outputs parse; an output that does not is no derivative's target.
            }
        }

        return outputs;
    }
}
