using Grader.Reference.Autodiff;
using Grader.Reference.Evaluation;
using Grader.Reference.Shapes;
using Grader.Reference.Syntax;
using Grader.Specs;
using Grader.Values;

namespace Grader.Reference;

/// <summary>
/// A problem's reference solution: a model (the forward pass, in the expression language described
/// in docs/expression-language.md) and its output expressions, checked when compiled and then
/// evaluated on each case with reverse-mode gradients.
/// </summary>
public sealed partial class ModelProgram
{
    private readonly SourceText? _model;
    private readonly IReadOnlyList<Statement> _statements;
    private readonly IReadOnlyList<(OutputDeclaration Declaration, Expr Expression)> _outputs;

    private ModelProgram(
        SourceText? model,
        IReadOnlyList<Statement> statements,
        IReadOnlyList<InputDeclaration> inputs,
        IReadOnlyList<(OutputDeclaration, Expr)> outputs,
        IReadOnlyList<OutputInfo> infos)
    {
        _model = model;
        _statements = statements;
        _outputs = outputs;
        Inputs = inputs;
        Outputs = infos;
    }

    public IReadOnlyList<InputDeclaration> Inputs { get; }

    public IReadOnlyList<OutputInfo> Outputs { get; }

    /// <summary>Parses and checks a model and its outputs.</summary>
    /// <exception cref="SpecException">a syntax, name, call or shape error, located in its source text.</exception>
    public static ModelProgram Compile(SourceText? model, IReadOnlyList<InputDeclaration> inputs, IReadOnlyList<OutputDeclaration> outputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(outputs);
        var statements = model is null ? [] : Parser.ParseModel(model);
        var checker = new ShapeChecker(inputs);
        if (model is not null)
        {
            checker.CheckModel(statements, model);
        }

        var assigned = AssignedNames(statements);
        var parsed = new List<(OutputDeclaration, Expr)>();
        var infos = new List<OutputInfo>();
        foreach (var output in outputs)
        {
            var expr = Parser.ParseExpression(output.Expression);
            var type = checker.Infer(expr, output.Expression);
            parsed.Add((output, expr));
            var wrt = expr is CallExpr { Name: "grad", Arguments: [_, NameExpr x] } ? x.Name : null;
            var wrtInput = wrt is not null && inputs.Any(i => i.Name == wrt) && !assigned.Contains(wrt) ? wrt : null;
            var shape = type.IsList || type.Shape is null ? null : type.Shape.Select(d => d.ToString()).ToList();
            infos.Add(new OutputInfo(output.Name, wrt is not null, wrtInput, type.IsList, shape));
        }

        return new ModelProgram(model, statements, inputs, parsed, infos);
    }

    /// <summary>Runs the model on one case and evaluates every output.</summary>
    /// <exception cref="SpecException">an input that does not fit its declaration, or a shape error while running.</exception>
    /// <param name="site">For a mistake model: the loop iterations that keep its mistake (null: all).</param>
    public ModelEvaluation Evaluate(
        IReadOnlyDictionary<string, Value> inputs,
        KinkChoice kinks = KinkChoice.Default,
        IReadOnlyDictionary<string, SubgradientSet>? subgradients = null,
        MistakeSite? site = null)
    {
        var tracker = new Kinks(kinks, subgradients);
        var interpreter = Run(inputs, tracker, site);
        var outputs = new Dictionary<string, Value>();
        foreach (var (declaration, expr) in _outputs)
        {
            outputs[declaration.Name] = interpreter.Evaluate(expr, declaration.Expression) switch
            {
                Node node => node.Value,
                NodeList list => new TensorList([.. list.Items.Select(n => n.Value)]),
                _ => throw new InvalidOperationException("unexpected value"),
            };
        }

        return new ModelEvaluation(outputs, tracker.Distance);
    }

    /// <summary>The sites the model's mistake can be made at one by one (a <c>detach</c> in a loop); none for a reference model.</summary>
    public IReadOnlyList<MistakeSite> Sites => MistakeSites.Of(_statements);

    private Interpreter Run(IReadOnlyDictionary<string, Value> inputs, Kinks tracker, MistakeSite? site = null)
    {
        var interpreter = new Interpreter(InputBinder.Bind(Inputs, inputs), tracker) { Site = site };
        if (_model is not null)
        {
            interpreter.Run(_statements, _model);
        }

        return interpreter;
    }

    private static HashSet<string> AssignedNames(IReadOnlyList<Statement> statements)
    {
        var names = new HashSet<string>();
        foreach (var statement in statements)
        {
            switch (statement)
            {
                case Assignment a:
                    names.Add(a.Target.Name);
                    break;
                case ForLoop loop:
                    names.Add(loop.Variable.Name);
                    names.UnionWith(AssignedNames(loop.Body));
                    break;
            }
        }

        return names;
    }
}
