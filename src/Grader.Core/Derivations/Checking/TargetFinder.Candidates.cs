using Grader.Formulas;
using Grader.Reference.Syntax;

namespace Grader.Derivations.Checking;

internal sealed partial class TargetFinder
{
    /// <summary>The gradient outputs of a problem a derivative may stand for, scored by how exactly they are spelled.</summary>
    private static IEnumerable<Candidate> Candidates(DerivationProblem problem, DerivativeSymbol symbol)
    {
        var wrt = problem.NameOf(symbol.Denominator);
        if (wrt is null)
        {
            yield break;
        }

        foreach (var output in problem.Gradients.Where(g => g.Wrt == wrt))
        {
            var exact = NamesObjective(problem, output, symbol);
            if (exact || (symbol.Form != DerivativeForm.Operator && output.ObjectiveName is not null && SymbolSpelling.IsLossLetter(symbol.Numerator)))
            {
                yield return new Candidate(problem, output, (exact ? 1 : 0) + (Spells(problem, wrt, symbol.Denominator) ? 1 : 0));
            }
        }
    }

    /// <summary>The numerator is the objective: its model name, a spelling the notation gives it, or (<c>\frac{d}{dx}\sigma(x)</c>) its expression.</summary>
    private static bool NamesObjective(DerivationProblem problem, GradientOutput output, DerivativeSymbol symbol)
    {
        if (output.ObjectiveName is { } name)
        {
            var loss = SymbolSpelling.Loss(symbol.Numerator);
            return loss == name || problem.Notation.Entries.Any(e => e.Meaning is NameExpr meant && meant.Name == name && SymbolSpelling.Loss(e.Spelling) == loss);
        }

        if (problem.Read(symbol.Numerator) is not { } read)
        {
            return false;
        }

        var printed = ExprPrinter.Print(read.Expression);
        return ExprPrinter.Print(output.Objective) == printed
            || (output.Objective is CallExpr { Name: "sum", Arguments: [var summed] } && ExprPrinter.Print(summed) == printed);
    }

    /// <summary>The problem's notation table spells the denominator itself (not only the model's own name).</summary>
    private static bool Spells(DerivationProblem problem, string wrt, string denominator) =>
        problem.Notation.Entries.Any(e => e.Meaning is NameExpr meant && meant.Name == wrt && SymbolSpelling.Symbol(e.Spelling) == SymbolSpelling.Symbol(denominator));

    private sealed record Candidate(DerivationProblem Problem, GradientOutput Output, int Score)
    {
        public string Describe() => $"{Problem.Id}: {Output.Name}";
    }
}
