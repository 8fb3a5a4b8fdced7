using Grader.Specs;
using Grader.Specs.Generators;

namespace Grader.Cases;

/// <summary>Draws one entry from a spec's distribution, with its arguments' sizes taken from the case being drawn.</summary>
public static class DistributionSampling
{
    public static double Sample(this Distribution distribution, Random random, DimScope scope) => Sample(distribution, distribution.Node, random, scope);

    private static double Sample(Distribution distribution, GeneratorNode node, Random random, DimScope scope)
    {
        if (node is not CallNode call)
        {
            return Argument(distribution, node, scope);
        }

        double Arg(int k) => Argument(distribution, call.Arguments[k], scope);
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
                    throw SpecError.InText(distribution.Source, call.Offset, call.Function.Length, $"randint({from}, {to}) has no values: the upper end is excluded", "make the second argument larger than the first");
                }

                return random.NextInt64(from, to);
            case "bernoulli":
                return random.NextDouble() < Arg(0) ? 1 : 0;
            case "choice":
                return Sample(distribution, call.Arguments[random.Next(call.Arguments.Count)], random, scope);
            default:
                throw new InvalidOperationException($"{call.Function}() draws whole rows; the generator handles it");
        }
    }

    private static double Argument(Distribution distribution, GeneratorNode node, DimScope scope) => node switch
    {
        NumberNode n => n.Value,
        NegateNode n => -Argument(distribution, n.Operand, scope),
        BinaryNode n => n.Operator switch
        {
            '+' => Argument(distribution, n.Left, scope) + Argument(distribution, n.Right, scope),
            '-' => Argument(distribution, n.Left, scope) - Argument(distribution, n.Right, scope),
            '*' => Argument(distribution, n.Left, scope) * Argument(distribution, n.Right, scope),
            _ => Argument(distribution, n.Left, scope) / Argument(distribution, n.Right, scope),
        },
        NameNode n => scope.Scalar(n.Name) ?? throw SpecError.InText(distribution.Source, n.Offset, n.Name.Length, $"unknown dimension '{n.Name}'{Suggestions.DidYouMean(n.Name, scope.Names)}", null),
        _ => throw SpecError.InText(distribution.Source, node.Offset, 1, "a distribution's arguments are numbers or sizes", null),
    };

    /// <summary>Box–Muller on our own seeded generator: the same draws on every machine and runtime.</summary>
    private static double StandardNormal(Random random)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}
