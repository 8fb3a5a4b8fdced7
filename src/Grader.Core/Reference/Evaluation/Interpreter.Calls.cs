using Grader.Reference.Autodiff;
using Grader.Reference.Syntax;
using Grader.Specs;
using Grader.Values;

namespace Grader.Reference.Evaluation;

internal sealed partial class Interpreter
{
    private Datum EvaluateCall(CallExpr call, SourceText source)
    {
        var name = call.Name;
        var args = call.Arguments;
        switch (name)
        {
            case "grad":
                return EvaluateGrad(call, source);
            case "len":
                return Evaluate(args[0], source) switch
                {
                    NodeList list => Node.Constant(Tensor.IntScalar(list.Items.Count)),
                    Node { Value.Rank: > 0 } node => Node.Constant(Tensor.IntScalar(node.Shape[0])),
                    var other => throw SpecError.ExpectedList(source, args[0].Offset, args[0].Length, other.Describe()),
                };
            case "min" or "max":
                return MinMax(call, source);
            case "onehot":
                var labels = Array(args[0], source);
                var classes = Integer(args[1], source, "the number of classes of onehot");
                return Guard(call.Function, source, () => Ops.OneHot(labels, classes));
            case "pick":
                var scores = Array(args[0], source);
                var picked = Array(args[1], source);
                return Guard(call.Function, source, () => Ops.Pick(scores, picked));
        }

        var x = Array(args[0], source);
        var axis = FunctionTable.Axis(call, source);
        return Guard(call.Function, source, () => name switch
        {
            "relu" => Ops.Relu(x, kinks),
            "abs" => Ops.Abs(x, kinks),
            "sign" => Ops.Sign(x, kinks),
            "sigmoid" => Ops.Sigmoid(x),
            "log_sigmoid" => Ops.LogSigmoid(x),
            "softplus" => Ops.Softplus(x),
            "tanh" => Ops.Tanh(x),
            "exp" => Ops.Exp(x),
            "log" => Ops.Log(x),
            "sqrt" => Ops.Sqrt(x),
            "detach" => Detaching ? Ops.Detach(x) : x,
            "sum" => Ops.Sum(x, axis),
            "mean" => Ops.Mean(x, axis),
            "logsumexp" => Ops.LogSumExp(x, axis ?? -1),
            "log_softmax" => Ops.LogSoftmax(x, axis ?? -1),
            "softmax" => Ops.Softmax(x, axis ?? -1),
            "diag" => Ops.Diag(x),
            _ => throw SpecError.UnknownFunction(source, call.Function.Offset, call.Function.Length, name, FunctionTable.Names),
        });
    }

    /// <summary>grad(f, x): reverse mode from f to the current binding of x; the result is a constant.</summary>
    private Datum EvaluateGrad(CallExpr call, SourceText source)
    {
        var fExpr = call.Arguments[0];
        var f = Array(fExpr, source);
        if (f.Value.Count != 1)
        {
            throw SpecError.GradOfNonScalar(source, fExpr.Offset, fExpr.Length, f.Value.Describe());
        }

        var wrt = Evaluate(call.Arguments[1], source);
        if (wrt is NodeList list)
        {
            var grads = Backprop.Gradients(f, list.Items);
            return new NodeList([.. grads.Select(Node.Constant)]);
        }

        var x = (Node)wrt;
        return Node.Constant(Backprop.Gradients(f, [x])[0]);
    }

    private Node MinMax(CallExpr call, SourceText source)
    {
        var values = call.Arguments.Select(a => Array(a, source)).ToList();
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i].Value.Count != 1)
            {
                var arg = call.Arguments[i];
                throw SpecError.ExpectedScalar(source, arg.Offset, arg.Length, $"'{call.Name}'", values[i].Value.Describe());
            }
        }

        var numbers = values.Select(v => v.Value.ScalarValue).ToList();
        var result = call.Name == "min" ? numbers.Min() : numbers.Max();
        return Node.Constant(new Tensor([], [result], values.All(v => v.IsInteger)));
    }
}
