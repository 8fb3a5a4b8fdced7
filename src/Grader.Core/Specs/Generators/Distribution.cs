namespace Grader.Specs.Generators;

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

    private Distribution(SourceText source, GeneratorNode node)
    {
        Source = source;
        Node = node;
    }

    public SourceText Source { get; }

    /// <summary>The parsed distribution; the cases stage draws from it.</summary>
    internal GeneratorNode Node { get; }

    public string Text => Source.Text;

    /// <summary>True when every draw is a whole number (randint, bernoulli, constants that are whole).</summary>
    public bool IsInteger => IsIntegerNode(Node);

    /// <summary>True for <c>onehot()</c>, which draws whole rows rather than entries.</summary>
    public bool IsOneHot => Node is CallNode { Function: "onehot" };

    public static Distribution Parse(SourceText source)
    {
        var node = GeneratorParser.Parse(source);
        var distribution = new Distribution(source, node);
        distribution.Validate(node, top: true);
        return distribution;
    }

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

    public override string ToString() => Text;
}
