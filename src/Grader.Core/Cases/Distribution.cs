using Grader.Specs;
using Grader.Values;

namespace Grader.Cases;

/// <summary>
/// How the entries of a hidden input are drawn: <c>normal(mu, sigma)</c>, <c>uniform(lo, hi)</c>,
/// <c>loguniform(lo, hi)</c>, <c>randint(lo, hi)</c> (hi excluded), <c>bernoulli(p)</c>,
/// <c>choice(a, b, …)</c> (each option a number or a distribution), <c>onehot()</c> (one 1 per
/// row along the last axis), or a constant. Arguments may use dimensions: <c>randint(0, K)</c>.
/// </summary>
public sealed class Distribution
{
    private static readonly Dictionary<string, (int Min, int Max, string Usage)> Functions = new()
    {
        ["normal"] = (2, 2, "normal(mean, std)"),
        ["uniform"] = (2, 2, "uniform(low, high)"),
        ["loguniform"] = (2, 2, "loguniform(low, high), low > 0"),
        ["randint"] = (2, 2, "randint(low, high) with high excluded"),
        ["bernoulli"] = (1, 1, "bernoulli(p)"),
        ["choice"] = (1, 64, "choice(a, b, ...)"),
        ["onehot"] = (0, 0, "onehot()"),
    };

    private readonly GeneratorNode _node;

    private Distribution(SourceText source, GeneratorNode node)
    {
        Source = source;
        _node = node;
    }

    public SourceText Source { get; }

    public string Text => Source.Text;

    /// <summary>True when every draw is a whole number (randint, bernoulli, constants that are whole).</summary>
    public bool IsInteger => IsIntegerNode(_node);

    /// <summary>True for <c>onehot()</c>, which draws whole rows rather than entries.</summary>
    public bool IsOneHot => _node is CallNode { Function: "onehot" };

    public static Distribution Parse(SourceText source)
    {
        var node = GeneratorParser.Parse(source);
        var distribution = new Distribution(source, node);
        distribution.Validate(node, top: true);
        return distribution;
    }

    public double Sample(Random random, DimScope scope) => Sample(_node, random, scope);

    private double Sample(GeneratorNode node, Random random, DimScope scope)
    {
        if (node is not CallNode call)
        {
            return Argument(node, scope);
        }

        double Arg(int k) => Argument(call.Arguments[k], scope);
        switch (call.Function)
        {
            case "normal":
                return Arg(0) + (Arg(1) * StandardNormal(random));
            case "uniform":
                var (low, high) = (Arg(0), Arg(1));
                return low + ((high - low) * random.NextDouble());
            case "loguniform":
                var (logLow, logHigh) = (Math.Log(Arg(0)), Math.Log(Arg(1)));
                return Math.Exp(logLow + ((logHigh - logLow) * random.NextDouble()));
            case "randint":
                var (from, to) = ((long)Math.Ceiling(Arg(0)), (long)Math.Ceiling(Arg(1)));
                if (to <= from)
                {
                    throw SpecError.InText(Source, call.Offset, call.Function.Length, $"randint({from}, {to}) has no values: the upper end is excluded", "make the second argument larger than the first");
                }

                return random.NextInt64(from, to);
            case "bernoulli":
                return random.NextDouble() < Arg(0) ? 1 : 0;
            case "choice":
                return Sample(call.Arguments[random.Next(call.Arguments.Count)], random, scope);
            default:
                throw new InvalidOperationException($"{call.Function}() draws whole rows; the generator handles it");
        }
    }

    private double Argument(GeneratorNode node, DimScope scope) => node switch
    {
        NumberNode n => n.Value,
        NegateNode n => -Argument(n.Operand, scope),
        BinaryNode n => n.Operator switch
        {
            '+' => Argument(n.Left, scope) + Argument(n.Right, scope),
            '-' => Argument(n.Left, scope) - Argument(n.Right, scope),
            '*' => Argument(n.Left, scope) * Argument(n.Right, scope),
            _ => Argument(n.Left, scope) / Argument(n.Right, scope),
        },
        NameNode n => scope.Scalar(n.Name) ?? throw SpecError.InText(Source, n.Offset, n.Name.Length, $"unknown dimension '{n.Name}'{Suggestions.DidYouMean(n.Name, scope.Names)}", null),
        _ => throw SpecError.InText(Source, node.Offset, 1, "a distribution's arguments are numbers or sizes", null),
    };

    private void Validate(GeneratorNode node, bool top)
    {
        if (node is not CallNode call)
        {
            return;
        }

        if (!Functions.TryGetValue(call.Function, out var usage))
        {
            throw SpecError.InText(Source, call.Offset, call.Function.Length, $"unknown distribution '{call.Function}'{Suggestions.DidYouMean(call.Function, Functions.Keys)}", "known: " + string.Join(", ", Functions.Values.Select(f => f.Usage)));
        }

        if (call.Arguments.Count < usage.Min || call.Arguments.Count > usage.Max)
        {
            throw SpecError.InText(Source, call.Offset, call.Function.Length, $"'{call.Function}' takes {(usage.Min == usage.Max ? usage.Min.ToString(System.Globalization.CultureInfo.InvariantCulture) : "one or more")} argument(s), got {call.Arguments.Count}", "write it as " + usage.Usage);
        }

        if (call.Function == "onehot" && !top)
        {
            throw SpecError.InText(Source, call.Offset, call.Function.Length, "onehot() draws whole rows and cannot be nested", null);
        }

        foreach (var argument in call.Arguments)
        {
            if (argument is CallNode && call.Function != "choice")
            {
                throw SpecError.InText(Source, argument.Offset, 1, $"only choice(...) takes distributions as arguments", null);
            }

            Validate(argument, top: false);
        }
    }

    private static bool IsIntegerNode(GeneratorNode node) => node switch
    {
        NumberNode n => Math.Abs(n.Value % 1) == 0,
        CallNode { Function: "randint" or "bernoulli" or "onehot" } => true,
        CallNode { Function: "choice" } c => c.Arguments.All(IsIntegerNode),
        _ => false,
    };

    /// <summary>Box–Muller on our own seeded generator: the same draws on every machine and runtime.</summary>
    private static double StandardNormal(Random random)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    public override string ToString() => Text;
}
