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
            if (OtherAccent(problem, output, symbol))
            {
                continue;
            }

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

    /// <summary>
    /// The notation spells the objective with an accent (two-layer-l2: <c>\tilde{J}</c>, the regularised
    /// loss) and the numerator is written without it: <c>\partial J</c> is the loss without the penalty,
    /// another quantity than this output's, so its derivation is not bound here (it would "fail" by 2λW).
    /// </summary>
    private static bool OtherAccent(DerivationProblem problem, GradientOutput output, DerivativeSymbol symbol)
    {
        if (output.ObjectiveName is not { } name)
        {
            return false;
        }

        var accented = problem.Notation.Entries
            .Where(e => e.Meaning is NameExpr meant && meant.Name == name && SymbolSpelling.Accented(e.Spelling) != SymbolSpelling.Loss(e.Spelling))
            .Select(e => SymbolSpelling.Accented(e.Spelling))
            .ToList();
        return accented.Count > 0 && !accented.Contains(SymbolSpelling.Accented(symbol.Numerator));
    }

    /// <summary>The problem's notation table spells the denominator itself (not only the model's own name).</summary>
    private static bool Spells(DerivationProblem problem, string wrt, string denominator) =>
        problem.Notation.Entries.Any(e => e.Meaning is NameExpr meant && meant.Name == wrt && SymbolSpelling.Symbol(e.Spelling) == SymbolSpelling.Symbol(denominator));

    private sealed record Candidate(DerivationProblem Problem, GradientOutput Output, int Score)
    {
        public string Describe() => $"{Problem.Id}: {Output.Name}";
    }
}
