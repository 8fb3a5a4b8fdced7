// TEMPORARY: stand-ins for the engine and checking APIs being built on other branches; deleted at merge.
#pragma warning disable
using Grader.Specs;
using Grader.Values;

namespace Grader.Reference
{
    public enum InputKind { Float, Int, FloatList }
    public sealed record InputDeclaration(string Name, InputKind Kind, IReadOnlyList<string> Shape, string? ListLength = null);
    public sealed record OutputDeclaration(string Name, SourceText Expression);
    public readonly record struct SubgradientSet(double Low, double High);
    public enum KinkChoice { Default, Low, High }
    public sealed record OutputInfo(string Name, bool IsGradient, string? WrtInput, bool IsList);
    public sealed record ModelEvaluation(IReadOnlyDictionary<string, Value> Outputs, double KinkDistance);
    public sealed class ModelProgram
    {
        public static ModelProgram Compile(SourceText? model, IReadOnlyList<InputDeclaration> inputs, IReadOnlyList<OutputDeclaration> outputs) => throw new NotImplementedException();
        public IReadOnlyList<OutputInfo> Outputs => throw new NotImplementedException();
        public ModelEvaluation Evaluate(IReadOnlyDictionary<string, Value> inputs, KinkChoice kinks = KinkChoice.Default, IReadOnlyDictionary<string, SubgradientSet>? subgradients = null) => throw new NotImplementedException();
    }
}

namespace Grader.Checking
{
    public readonly record struct Tolerance(double Rtol, double Atol);
}

namespace Grader.Reference
{
    public sealed record GradientCheckOutput(string Name, double MaxRelativeError, int Checked, int Skipped);
    public sealed record GradientCheckResult(IReadOnlyList<GradientCheckOutput> Outputs) { public bool Passed(double threshold = 1e-7) => Outputs.All(o => o.MaxRelativeError < threshold); }
    public static class GradientCheck
    {
        public static GradientCheckResult Run(ModelProgram program, IReadOnlyDictionary<string, Value> inputs, IReadOnlyDictionary<string, SubgradientSet>? subgradients = null) => throw new NotImplementedException();
    }
}
