using Grader.Formulas;
using Grader.Reference;
using Grader.Reference.Syntax;
using Grader.Specs;

namespace Grader.Derivations.Checking;

/// <summary>
/// A catalogue problem as derivations are checked against it: its formula language, its gradient
/// outputs, and its solved cases, solved once (on first use, or handed in by the caller who already
/// solved them) and shared by every chain, with one <see cref="FormulaScope"/> per case.
/// </summary>
internal sealed class DerivationProblem
{
    private readonly Lazy<ProblemSolution> _solution;
    private readonly Dictionary<string, string?> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<int, FormulaScope> _scopes = [];
    private readonly Lock _lock = new();

    private DerivationProblem(CompiledProblem problem, FormulaContext context, Notation notation, Func<ProblemSolution> solve)
    {
        Compiled = problem;
        Context = context;
        Notation = notation;
        Gradients = GradientOutput.Of(problem);
        _solution = new Lazy<ProblemSolution>(solve);
        _spelled = new Lazy<Dictionary<string, GradientOutput>>(SpelledOutputs);
    }

    public string Id => Compiled.Id;

    public CompiledProblem Compiled { get; }

    public FormulaContext Context { get; }

    public Notation Notation { get; }

    public IReadOnlyList<GradientOutput> Gradients { get; }

    public Tolerance Tolerance => Compiled.Spec.Tolerance;

    /// <summary>The output a side names itself through the spec's <c>notation.outputs</c> (<c>\delta^L</c>), or null.</summary>
    public GradientOutput? Spelled(string latex)
    {
        if (_spelled.Value.Count == 0)
        {
            return null;
        }

        try
        {
            return _spelled.Value.GetValueOrDefault(Notation.Phrase(latex));
        }
        catch (SpecException)
        {
            return null;
        }
    }

    /// <summary>The spec's output spellings in canonical form, lexed once (every side of every chain is looked up).</summary>
    private Dictionary<string, GradientOutput> SpelledOutputs()
    {
        var spelled = new Dictionary<string, GradientOutput>(StringComparer.Ordinal);
        foreach (var (spelling, name) in Compiled.Spec.Notation?.Outputs ?? [])
        {
            try
            {
                if (Gradients.FirstOrDefault(g => g.Name == name) is { } output)
                {
                    spelled.TryAdd(Notation.Phrase(spelling.Text), output);
                }
            }
            catch (SpecException)
            {
                // A spelling that does not lex names nothing a write-up could match.
            }
        }

        return spelled;
    }

    public ProblemSolution Solution => _solution.Value;

    private readonly Lazy<Dictionary<string, GradientOutput>> _spelled;

    /// <summary>The problem, or null when its notation does not check (a spec error, reported where specs are verified).</summary>
    public static DerivationProblem? Create(CompiledProblem problem, ProblemSolution? solution = null)
    {
        try
        {
            var notation = Notation.Of(problem.Spec.Notation);
            return new DerivationProblem(problem, FormulaContext.Create(problem, notation), notation, solution is null ? () => ProblemSolver.Solve(problem) : () => solution);
        }
        catch (SpecException)
        {
            return null;
        }
    }

    /// <summary>The model name a symbol reads as in this problem (<c>W^{(2)}</c> is W2, <c>z_i^{(3)}</c> is Z), or null.</summary>
    public string? NameOf(string latex)
    {
        lock (_lock)
        {
            if (!_names.TryGetValue(latex, out var name))
            {
                name = Read(latex) is { Expression: NameExpr read } ? read.Name : null;
                _names[latex] = name;
            }

            return name;
        }
    }

    /// <summary>Reads LaTeX in this problem's language, or null when it does not read.</summary>
    public FormulaReading? Read(string latex)
    {
        try
        {
            return Context.ReadLatex(SourceText.Inline(latex, "derivation"));
        }
        catch (SpecException)
        {
            return null;
        }
    }

    /// <summary>The scope of the solved case at <paramref name="index"/>; the model runs once per case for all chains.</summary>
    public FormulaScope Scope(int index)
    {
        lock (_lock)
        {
            if (!_scopes.TryGetValue(index, out var scope))
            {
                scope = Context.Bind(Solution.Cases[index].Case);
                _scopes[index] = scope;
            }

            return scope;
        }
    }
}
