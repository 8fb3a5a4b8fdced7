namespace Grader.Derivations.Checking;

/// <summary>
/// A side that is one first derivative and nothing else (but the point it is taken at:
/// <c>\frac{\partial J}{\partial z_i^{(3)}}(\theta, \{x_i, y_i\})</c>). Both parts are kept as the
/// student's LaTeX: the denominator is read later in a problem's notation, the numerator matched
/// to its objective.
/// </summary>
/// <param name="Numerator">What is differentiated: <c>\tilde J</c>, or for an operator the expression it applies to (<c>\sigma(x)</c>).</param>
/// <param name="Denominator">With respect to what, with its index if written: <c>z_i^{(3)}</c>.</param>
internal sealed record DerivativeSymbol(string Numerator, string Denominator, DerivativeForm Form);
