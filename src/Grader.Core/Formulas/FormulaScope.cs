using Grader.Reference.Autodiff;
using Grader.Reference.Evaluation;
using Grader.Reference.Syntax;
using Grader.Cases;
using Grader.Values;

namespace Grader.Formulas;

/// <summary>
/// One case's inputs with the model run on them: the scope every formula of a submission is evaluated
/// in on that case. The model runs once per case, however many outputs are answered by formulas, and
/// only when a formula is evaluated (after its cost on the case was bounded).
/// </summary>
internal sealed class FormulaScope
{
    private readonly Lazy<Interpreter> _interpreter;

    public FormulaScope(Func<Interpreter> run, GradingCase? @case)
    {
        _interpreter = new Lazy<Interpreter>(run);
        Case = @case;
    }

    /// <summary>The case, when the scope was bound to one (its sizes bound what a formula may cost).</summary>
    public GradingCase? Case { get; }

    /// <summary>Binds a name for the formulas evaluated next: the layer l, L, a definition's layers.</summary>
    public void Set(string name, Datum value) => _interpreter.Value.Set(name, value);

    /// <summary>An integer the scope computes, such as the number of layers or an index a formula uses.</summary>
    /// <exception cref="Specs.SpecException">the expression is not an integer here.</exception>
    public int Integer(Expr expr, Specs.SourceText source) => _interpreter.Value.Evaluate(expr, source) switch
    {
        Node { IsInteger: true, Value.Rank: 0 } node => (int)node.Value.ScalarValue,
        var other => throw Specs.SpecError.ExpectedInteger(source, expr.Offset, expr.Length, "a layer", other.Describe()),
    };

    /// <exception cref="Specs.SpecException">the model does not run on the inputs (a spec error), or a shape or value error while evaluating, located in the formula.</exception>
    public Value Evaluate(FormulaReading reading) => _interpreter.Value.Evaluate(reading.Evaluated, reading.Source) switch
    {
        Node node => node.Value,
        NodeList list => new TensorList([.. list.Items.Select(n => n.Value)]),
        _ => throw new InvalidOperationException("unexpected value"),
    };
}
