using System.Globalization;
using Grader.Reference.Autodiff;
using Grader.Reference.Syntax;
using Grader.Specs;
using Grader.Values;

namespace Grader.Reference.Evaluation;

/// <summary>
/// Runs a compiled model on concrete inputs, recording every array operation on the tape so that
/// <c>grad</c> can differentiate by reverse mode. Shape faults become errors at the operation.
/// </summary>
internal sealed partial class Interpreter(Dictionary<string, Datum> scope, Kinks kinks)
{
    public IReadOnlyDictionary<string, Datum> Scope => scope;

    /// <summary>Where a mistake model keeps its mistake: elsewhere in its loop its <c>detach</c>s are transparent. Null: everywhere.</summary>
    public MistakeSite? Site { get; init; }

    // The outermost loop's iteration, for Site.
    private int _loopDepth;
    private int _outerIndex;
    private int _outerCount;

    /// <summary>Whether a <c>detach</c> here detaches: always, but where a site makes the mistake elsewhere.</summary>
    private bool Detaching => Site is not { } site || _loopDepth == 0 || MistakeSites.Keeps(site, _outerIndex, _outerCount);

    /// <summary>Binds a name from outside the model (a formula's layer, a student's per-layer definition).</summary>
    public void Set(string name, Datum value) => scope[name] = value;

    public void Run(IReadOnlyList<Statement> statements, SourceText source)
    {
        foreach (var statement in statements)
        {
            switch (statement)
            {
                case Assignment assignment:
                    scope[assignment.Target.Name] = Bind(Evaluate(assignment.Value, source));
                    break;
                case ForLoop loop:
                    RunLoop(loop, source);
                    break;
            }
        }
    }

    public Datum Evaluate(Expr expr, SourceText source) => expr switch
    {
        NumberExpr number => Node.Constant(new Tensor([], [number.Value], number.IsInteger)),
        NameExpr name => scope.TryGetValue(name.Name, out var value)
            ? value
            : throw SpecError.UnknownVariable(source, name.Offset, name.Length, name.Name, scope.Keys),
        NegateExpr negate => Guard(negate, source, () => Ops.Negate(Array(negate.Operand, source))),
        ListExpr list => new NodeList([.. list.Items.Select(item => Array(item, source))]),
        BinaryExpr { Symbol: "+" } binary when Evaluate(binary.Left, source) is NodeList left => Concatenate(left, binary, source),
        BinaryExpr binary => EvaluateBinary(binary, source),
        CallExpr call => EvaluateCall(call, source),
        IndexExpr index => EvaluateIndex(index, source),
        SliceExpr slice => Guard(slice, source, () => Ops.Slice(
            Array(slice.Target, source),
            slice.Start is null ? null : Integer(slice.Start, source, "a slice bound"),
            slice.Stop is null ? null : Integer(slice.Stop, source, "a slice bound"))),
        TransposeExpr transpose => Guard(transpose, source, () => Ops.Transpose(Array(transpose.Target, source))),
        _ => throw new InvalidOperationException($"unexpected expression {expr.GetType().Name}"),
    };

    /// <summary>
    /// A float array that is not on the tape (a literal, a grad result) becomes a fresh leaf when it
    /// is named, so a later grad with respect to that name works (and still stops there).
    /// </summary>
    private static Datum Bind(Datum value) =>
        value is Node { RequiresGrad: false, IsInteger: false } node ? Node.Leaf(node.Value) : value;

    private void RunLoop(ForLoop loop, SourceText source)
    {
        var bounds = loop.Range.Arguments.Select(a => Integer(a, source, "a bound of range")).ToArray();
        var (start, stop, step) = bounds.Length switch
        {
            1 => (0, bounds[0], 1),
            2 => (bounds[0], bounds[1], 1),
            _ => (bounds[0], bounds[1], bounds[2]),
        };
        if (step == 0)
        {
            var third = loop.Range.Arguments[2];
            throw SpecError.AtRuntime(source, third.Offset, third.Length, "the step of range must not be zero");
        }

        var count = step > 0 ? Math.Max(0, (stop - start + step - 1) / step) : Math.Max(0, (start - stop - step - 1) / -step);
        var iteration = 0;
        _loopDepth++;
        try
        {
            for (var i = start; step > 0 ? i < stop : i > stop; i += step)
            {
                if (_loopDepth == 1)
                {
                    (_outerIndex, _outerCount) = (iteration++, count);
                }

                scope[loop.Variable.Name] = Node.Constant(Tensor.IntScalar(i));
                Run(loop.Body, source);
            }
        }
        finally
        {
            _loopDepth--;
        }
    }

    private Node EvaluateBinary(BinaryExpr binary, SourceText source)
    {
        var left = Array(binary.Left, source);
        var right = Array(binary.Right, source);
        var token = binary.Operator;
        return Guard(token.Offset, token.Length, source, () => binary.Symbol switch
        {
            "+" => Ops.Add(left, right),
            "-" => Ops.Subtract(left, right),
            "*" => Ops.Multiply(left, right),
            "/" => Ops.Divide(left, right),
            "//" => Ops.FloorDivide(left, right),
            "^" => Ops.Power(left, right),
            "@" => Ops.MatMul(left, right),
            var op => throw new InvalidOperationException($"unexpected operator {op}"),
        });
    }

    /// <summary>A list and a list: one list (a model collects a value per layer this way).</summary>
    private NodeList Concatenate(NodeList left, BinaryExpr binary, SourceText source) => Evaluate(binary.Right, source) switch
    {
        NodeList right => new NodeList([.. left.Items, .. right.Items]),
        var other => throw SpecError.ListPlusArray(source, binary.Right.Offset, binary.Right.Length, other.Describe()),
    };

    private Node EvaluateIndex(IndexExpr index, SourceText source)
    {
        var target = Evaluate(index.Target, source);
        var i = Integer(index.Index, source, "an index");
        if (target is NodeList list)
        {
            var at = i < 0 ? i + list.Items.Count : i;
            return at >= 0 && at < list.Items.Count
                ? list.Items[at]
                : throw SpecError.AtRuntime(source, index.Offset, index.Length, string.Create(
                    CultureInfo.InvariantCulture,
                    $"index {i} is out of range for a list of {list.Items.Count} arrays"));
        }

        return Guard(index, source, () => Ops.Row((Node)target, i));
    }

    private Node Array(Expr expr, SourceText source) => Evaluate(expr, source) switch
    {
        Node node => node,
        var other => throw SpecError.ExpectedArray(source, expr.Offset, expr.Length, "this operation", other.Describe()),
    };

    private int Integer(Expr expr, SourceText source, string what)
    {
        var value = Evaluate(expr, source);
        if (value is Node { IsInteger: true, Value.Rank: 0 } node)
        {
            return (int)node.Value.ScalarValue;
        }

        var got = value is Node n ? (n.Value.Rank == 0 ? "a float" : $"an array of shape {n.Value.Describe()}") : value.Describe();
        throw SpecError.ExpectedInteger(source, expr.Offset, expr.Length, what, got);
    }

    private static Node Guard(Expr at, SourceText source, Func<Node> operation) => Guard(at.Offset, at.Length, source, operation);

    private static Node Guard(int offset, int length, SourceText source, Func<Node> operation)
    {
        try
        {
            return operation();
        }
        catch (ShapeFault fault)
        {
            throw SpecError.AtRuntime(source, offset, length, fault.Message);
        }
    }
}
