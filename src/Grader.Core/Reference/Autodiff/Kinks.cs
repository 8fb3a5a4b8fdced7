using Grader.Specs;

namespace Grader.Reference.Autodiff;

/// <summary>
/// The derivative choices of kinked functions at an exact zero, and a record of every argument a
/// kinked function met: the smallest |x| (how close the evaluation came to a kink) and the sign
/// pattern (a finite-difference step that changes it has crossed a kink).
/// </summary>
internal sealed class Kinks(KinkChoice choice, IReadOnlyDictionary<string, SubgradientSet>? sets)
{
    private static readonly Dictionary<string, SubgradientSet> Defaults = new()
    {
        ["relu"] = new SubgradientSet(0, 1),
        ["abs"] = new SubgradientSet(-1, 1),
        ["sign"] = new SubgradientSet(-1, 1),
    };

    private readonly List<sbyte> _signs = [];

    public double Distance { get; private set; } = double.PositiveInfinity;

    public IReadOnlyList<sbyte> Signs => _signs;

    public void Observe(double x)
    {
        Distance = Math.Min(Distance, Math.Abs(x));
        _signs.Add((sbyte)Math.Sign(x));
    }

    /// <summary>The derivative (or, for sign, the value) that <paramref name="function"/> takes at 0.</summary>
    public double AtZero(string function)
    {
        if (choice == KinkChoice.Default)
        {
            return 0;
        }

        var set = sets is not null && sets.TryGetValue(function, out var given) ? given : Defaults[function];
        return choice == KinkChoice.Low ? set.Low : set.High;
    }
}
