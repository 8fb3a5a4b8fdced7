namespace Grader.Core.Tests.Specs;

/// <summary>A small valid spec that tests copy and break in one place.</summary>
internal static class SpecText
{
    public const string Valid = """
        id: tiny
        title: Tiny problem
        points: 5
        python: tiny
        csharp: Tiny
        inputs:
          X: [N, 2]
          w: [2]
        model: |
          s = X @ w
          L = 0.5 * sum(s^2)
        outputs:
          w: grad(L, w)
        cases:
          - name: public
            inputs:
              X: [[1, 2], [3, 4]]
              w: [0.5, -1]
            approved:
              w: [-9, -13]
        hidden:
          count: 3
          seed: 7
          dims:
            N: [2, 5]
          values:
            default: normal(0, 1)
        """;

    public static string With(string original, string replacement) =>
        Valid.Contains(original, StringComparison.Ordinal)
            ? Valid.Replace(original, replacement, StringComparison.Ordinal)
            : throw new ArgumentException($"the valid spec has no '{original}'");
}
