using Grader.Reference.Syntax;

namespace Grader.Derivations.Checking;

/// <summary>
/// An output of a problem a derivation arrives at: a gradient, <c>dZ: grad(J, Z)</c>, which a chain
/// starting from ∂J/∂Z derives; or, in a problem with no code form, a value (<c>n_theta: …</c>), which
/// only a chain under a heading naming the problem derives.
/// </summary>
/// <param name="Objective">What is differentiated: a name (<c>J</c>) or an expression (<c>sum(sigmoid(x))</c>); for a value, its expression.</param>
/// <param name="Wrt">The input or intermediate it is taken with respect to; null for a value.</param>
internal sealed record GradientOutput(string Name, Expr Objective, string? Wrt)
{
    public bool IsValue => Wrt is null;

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
                var expression = Parser.ParseExpression(output.Expression);
                if (expression is CallExpr { Name: "grad", Arguments: [var objective, NameExpr wrt] })
                {
                    outputs.Add(new GradientOutput(output.Name, objective, wrt.Name));
                }
                else if (!problem.Spec.HasCode)
                {
                    outputs.Add(new GradientOutput(output.Name, expression, null));
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
