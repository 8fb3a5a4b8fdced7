using Grader.Cases;
using Grader.Checking;
using Grader.Reference;
using Grader.Running;
using Grader.Specs;
using Grader.Specs.Generators;
using Grader.Values;

namespace Grader.Core.Tests.Checking;

/// <summary>Hand-built references and submissions for the checking and report tests.</summary>
internal static class Fixtures
{
    public static readonly Tolerance Tight = new(1e-6, 1e-9);
    public static readonly Tolerance Answers = new(1e-3, 5e-4);

    public static Dictionary<string, Value> Outputs(params (string Name, Value Value)[] values) =>
        values.ToDictionary(v => v.Name, v => v.Value);

    public static Tensor Random(int seed, params int[] shape)
    {
        var random = new Random(seed);
        var data = new double[Tensor.ShapeSize(shape)];
        for (var i = 0; i < data.Length; i++)
        {
            data[i] = Math.Round((random.NextDouble() * 4) - 2, 4);
        }

        return new Tensor(shape, data);
    }

    public static SolvedCase Case(
        string name,
        bool hidden,
        Dictionary<string, Value> expected,
        int n = 4,
        Dictionary<string, Value>? inputs = null,
        Dictionary<string, Value>? lower = null,
        Dictionary<string, Value>? upper = null) =>
        new(new GradingCase(name, hidden, new DimScope(new Dictionary<string, int> { ["N"] = n }), inputs ?? []), [], expected, lower ?? expected, upper ?? expected, double.PositiveInfinity, []);

    /// <summary>A problem of <paramref name="cases"/>; each mistake gives its outputs per case name (absent: it cannot run there).</summary>
    public static ProblemReference Problem(
        string id, double points, IReadOnlyList<SolvedCase> cases, params Mistake[] mistakes) =>
        new(
            id, id, points, [.. cases[0].Expected.Keys], Tight, Answers, null, "N",
            [.. cases.Select(c => c with { Mistakes = [.. mistakes.Select(m => m.OutputsByCase.GetValueOrDefault(c.Name))] })],
            [.. mistakes.Select(m => new MistakeReference(m.Id, m.Message))]);

    /// <summary>The case of <paramref name="problem"/> named <paramref name="name"/>.</summary>
    public static SolvedCase Named(ProblemReference problem, string name) => problem.Cases.Single(c => c.Name == name);

    public static CaseRun Returned(SolvedCase @case, Dictionary<string, Value> outputs, string stdout = "") =>
        new(@case, CaseOutcome.Returned, outputs, [], null, null, stdout, TimeSpan.FromMilliseconds(12));

    public static CaseRun Ended(SolvedCase @case, CaseOutcome outcome, string? message = null, string? traceback = null) =>
        new(@case, outcome, null, [], message, traceback, "", TimeSpan.FromMilliseconds(30));

    /// <summary>A code submission whose every case returns what <paramref name="outputs"/> makes of the case.</summary>
    public static ProblemSubmission Code(ProblemReference problem, Func<SolvedCase, Dictionary<string, Value>> outputs, string source = "python: hw.py") =>
        new(problem.ProblemId, source, false, null, [.. problem.Cases.Select(c => Returned(c, outputs(c)))]);

    /// <summary>Every case returns the expected values with the outputs in <paramref name="changes"/> replaced.</summary>
    public static ProblemSubmission Changing(ProblemReference problem, Func<SolvedCase, string, Value, Value> changes) =>
        Code(problem, c => c.Expected.ToDictionary(p => p.Key, p => changes(c, p.Key, p.Value)));

    /// <summary>A 2-3-1 network problem shaped like toy-network: the public case of the catalogue and three hidden cases.</summary>
    public static ProblemReference ToyNetwork(params Mistake[] mistakes) => Problem(
        "toy-network",
        20,
        [
            Case("public", false, ToyPublic, n: 4, inputs: Outputs(("X", Tensor.Matrix(new[,] { { 0.6, -1.0 }, { 0.8, -1.0 }, { -0.4, 0.9 }, { 0.2, 0.0 } })))),
            ToyHidden("hidden-1", 7, 4, 11),
            ToyHidden("hidden-2", 12, 5, 12),
            ToyHidden("hidden-3", 3, 2, 13),
        ],
        mistakes);

    public static Dictionary<string, Value> ToyPublic => Outputs(
        ("W1", Tensor.Matrix(new[,] { { 0.0122, 0, 0.061 }, { -0.0268, 0, -0.134 } })),
        ("b1", Tensor.Vector(0.0268, 0, 0.134)),
        ("w2", Tensor.Vector(0.1168, 0, 0.1536)),
        ("b2", Tensor.Scalar(-2.732)));

    private static SolvedCase ToyHidden(string name, int n, int h, int seed) => Case(
        name,
        true,
        Outputs(("W1", Random(seed, 2, h)), ("b1", Random(seed + 100, h)), ("w2", Random(seed + 200, h)), ("b2", Tensor.Scalar(seed / 10.0))),
        n,
        Outputs(("X", Random(seed + 300, n, 2))));

    /// <summary>A softmax-ce-like problem (loss, dZ) whose third case has logits of magnitude 800.</summary>
    public static ProblemReference SoftmaxCe(params Mistake[] mistakes) => Problem(
        "softmax-ce",
        15,
        [
            Case("public", false, Outputs(("loss", Tensor.Scalar(0.2675715015)), ("dZ", Tensor.Matrix(new[,] { { 0.1156119488, -0.1857341404, 0.0701221916 }, { 0.0256318029, 0.008532086, -0.0341638888 } }))), n: 2,
                inputs: Outputs(("Z", Tensor.Matrix(new[,] { { 1, 2, 0.5 }, { 0.1, -1, 3 } })), ("y", Tensor.IntVector(1, 2)))),
            Case("hidden-1", true, Outputs(("loss", Tensor.Scalar(1.25)), ("dZ", Random(21, 5, 3))), n: 5, inputs: Outputs(("Z", Random(22, 5, 3)))),
            Case("hidden-large", true, Outputs(("loss", Tensor.Scalar(312.5)), ("dZ", Random(23, 6, 4))), n: 6, inputs: Outputs(("Z", Random(24, 6, 4).Map(x => x * 400)))),
        ],
        mistakes);

    /// <summary>A classic mistake as a test writes it: its outputs by case name.</summary>
    public sealed record Mistake(string Id, string Message, IReadOnlyDictionary<string, IReadOnlyDictionary<string, Value>> OutputsByCase);
}
