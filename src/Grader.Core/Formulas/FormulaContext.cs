using Grader.Formulas.Latex;
using Grader.Formulas.Translation;
using Grader.Reference;
using Grader.Reference.Autodiff;
using Grader.Reference.Evaluation;
using Grader.Reference.Shapes;
using Grader.Reference.Syntax;
using Grader.Specs;
using Grader.Cases;
using Grader.Values;

namespace Grader.Formulas;

/// <summary>
/// One problem's formula language: the names a formula may use (inputs, dimension symbols, the model's
/// intermediate values) with their static types, and the problem's notation. Reads formulas in either
/// syntax into the model language's tree, and evaluates them with the model's own interpreter.
/// </summary>
internal sealed partial class FormulaContext
{
    private readonly IReadOnlyList<InputDeclaration> _inputs;
    private readonly SourceText? _model;
    private readonly IReadOnlyList<Statement> _statements;
    private readonly ShapeChecker _checker;
    private readonly SymbolResolver _resolver;
    private readonly IReadOnlySet<string> _answers;
    private IReadOnlyDictionary<string, SubgradientSet>? _subgradients;

    // Reading and cost checks infer shapes with one checker; a class run reads formulas in parallel.
    private readonly Lock _checking = new();

    private FormulaContext(IReadOnlyList<InputDeclaration> inputs, SourceText? model, Notation notation, IReadOnlySet<string>? answers = null)
    {
        _inputs = inputs;
        _answers = answers ?? new HashSet<string>();
        _model = model;
        _statements = model is null ? [] : Parser.ParseModel(model);
        _checker = new ShapeChecker(inputs);
        if (model is not null)
        {
            _checker.CheckModel(_statements, model);
        }

        var names = new Dictionary<string, StaticType>(StringComparer.Ordinal);
        // An output's own value (softmax-ce's J) is no name a formula may use, nor one to suggest.
        foreach (var name in NamesOf(inputs, _statements).Where(n => !_answers.Contains(n)))
        {
            names[name] = _checker.Infer(new NameExpr(0, 0, name), model ?? SourceText.Inline(name));
        }

        if (notation.Layers is { } layers)
        {
            foreach (var (name, type) in LayerNames(layers))
            {
                _checker.Declare(name, type);
                names[name] = type;
            }
        }

        _resolver = new SymbolResolver(notation, names);
        foreach (var entry in notation.Entries.Where(e => !e.IsFunction))
        {
            _checker.Infer(entry.Meaning, entry.MeaningSource);
        }
    }

    /// <summary>How list outputs are answered layer by layer, if the problem has layers.</summary>
    public NotationLayers? Layers => _resolver.Notation.Layers;

    /// <summary>The names a formula may use, with their static types.</summary>
    public IReadOnlyDictionary<string, StaticType> Names => _resolver.Names;

    /// <exception cref="SpecException">the model or a notation meaning does not check (a spec error).</exception>
    public static FormulaContext Create(IReadOnlyList<InputDeclaration> inputs, SourceText? model, Notation notation) => new(inputs, model, notation);

    public static FormulaContext Create(CompiledProblem problem, Notation notation) =>
        new(problem.Program.Inputs, problem.Spec.Model, notation, AnswerNames.Of(problem.Spec)) { _subgradients = problem.Spec.Subgradients };

    /// <summary>The problem's formula language with the notation its spec declares.</summary>
    /// <exception cref="SpecException">the model, or the spec's notation, does not check.</exception>
    public static FormulaContext Create(CompiledProblem problem) => Create(problem, Notation.Of(problem.Spec.Notation));

    /// <summary>Reads a LaTeX formula (with or without <c>$</c>; of <c>a = b = c</c> the last side).</summary>
    /// <exception cref="SpecException">the formula does not parse, names something unknown or forbidden, or its shapes do not fit.</exception>
    public FormulaReading ReadLatex(SourceText formula)
    {
        lock (_checking)
        {
            return AnswerNames.Check(ReadLatexUnlocked(formula), _answers);
        }
    }

    private FormulaReading ReadLatexUnlocked(SourceText formula)
    {
        var math = LatexReader.Read(formula, symbol => _resolver.Find(symbol, formula) is { IsFunction: true } meaning ? meaning.Describe() : null);
        if (MathTree.TooDeep(math, FormulaLimits.MaxTreeDepth) is { } deep)
        {
            throw FormulaError.TreeTooDeep(formula, deep.Offset, deep.Length);
        }

        var term = new Translator(_resolver, _checker, formula).TranslateFormula(math);
        NumpyFormula.CheckTree(term.Expr, formula);
        return new FormulaReading(formula, term.Expr, _checker.Infer(term.Expr, formula), term.Index?.Letter);
    }

    /// <summary>Reads a formula in the numpy-like syntax (the model language).</summary>
    /// <exception cref="SpecException">as for <see cref="ReadLatex"/>.</exception>
    public FormulaReading ReadNumpy(SourceText formula)
    {
        var expr = NumpyFormula.Parse(formula);
        lock (_checking)
        {
            return AnswerNames.Check(new FormulaReading(formula, expr, _checker.Infer(expr, formula), null), _answers);
        }
    }

    /// <summary>The scope a case's formulas are evaluated in; the model runs once, on the first formula.</summary>
    public FormulaScope Bind(GradingCase @case) => Bind(@case.Inputs, @case);

    /// <summary>As for a case, on some inputs (no case: nothing bounds the cost but the inputs).</summary>
    public FormulaScope Bind(IReadOnlyDictionary<string, Value> inputs, GradingCase? @case = null) => new(
        () =>
        {
            var interpreter = new Interpreter(InputBinder.Bind(_inputs, inputs), new Kinks(KinkChoice.Default, _subgradients));
            if (_model is not null)
            {
                interpreter.Run(_statements, _model);
            }

            return interpreter;
        },
        @case);

    /// <summary>Evaluates in a case's scope, after bounding what the formula would cost on that case.</summary>
    /// <exception cref="SpecException">too costly on this case, or a shape or value error, located in the formula.</exception>
    public Value Evaluate(FormulaReading reading, FormulaScope scope)
    {
        if (scope.Case is { } @case)
        {
            lock (_checking)
            {
                FormulaCost.Check(reading, InferPart, @case.Dims);
            }
        }

        return scope.Evaluate(reading);

        StaticType InferPart(Expr part)
        {
            try
            {
                return _checker.Infer(part, reading.Source);
            }
            catch (SpecException)
            {
                // A function's name, or a keyword: not an array the formula builds.
                return StaticType.Unknown;
            }
        }
    }
}
