using Grader.Specs;
using Grader.Specs.Generators;
using Grader.Values;

namespace Grader.Cases;

/// <summary>
/// Builds the cases of a problem: the spec's written cases, then hidden cases drawn from the
/// spec's generator. Hidden case k of a group depends only on (seed, group, k), so any case can be
/// reproduced alone. Cases whose kinks (relu, abs, sign arguments) fall within the margin of 0 are
/// drawn again, so reference and finite differences are unambiguous.
/// </summary>
public static partial class CaseGenerator
{
    private const int MaxAttempts = 500;

    /// <param name="kinkDistance">The smallest |argument| of a kink when the model runs on some inputs.</param>
    public static IReadOnlyList<GradingCase> Build(ProblemSpec spec, Func<IReadOnlyDictionary<string, Value>, double> kinkDistance)
    {
        var cases = spec.Cases
            .Select(c => new GradingCase(c.Name, c.Hidden, DimBinder.Bind(spec.Inputs, c.Inputs), c.Inputs))
            .ToList();
        if (spec.Hidden is not { } hidden)
        {
            return cases;
        }

        for (var k = 0; k < hidden.Count; k++)
        {
            cases.Add(Draw(spec, hidden, null, 0, k, kinkDistance));
        }

        for (var group = 0; group < hidden.Specials.Count; group++)
        {
            for (var k = 0; k < hidden.Specials[group].Count; k++)
            {
                cases.Add(Draw(spec, hidden, hidden.Specials[group], group + 1, k, kinkDistance));
            }
        }

        return cases;
    }

    private static GradingCase Draw(ProblemSpec spec, HiddenSpec hidden, SpecialCasesSpec? special, int group, int k, Func<IReadOnlyDictionary<string, Value>, double> kinkDistance)
    {
        var name = special is null ? $"hidden-{k + 1}" : $"{special.Name}-{k + 1}";
        var margin = special?.Margin ?? hidden.Margin;
        var random = new Random(Mix(hidden.Seed, group, k));
        var closest = double.NaN;
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var dims = DrawDims(hidden, special, random);
            var inputs = spec.Inputs.ToDictionary(i => i.Name, i => DrawInput(i, Pick(i.Name, hidden, special), dims, random));
            if (margin <= 0)
            {
                return new GradingCase(name, true, dims, inputs, special?.Name);
            }

            closest = kinkDistance(inputs);
            if (closest >= margin)
            {
                return new GradingCase(name, true, dims, inputs, special?.Name);
            }
        }

        throw new SpecException(
            special?.Location ?? hidden.Location,
            $"could not draw {name} with every kink argument at least {margin} away from 0 in {MaxAttempts} tries (closest {closest:G3})",
            "widen the value distributions, shrink the sizes, or lower hidden.margin (margin: none allows kinks at 0)");
    }

    /// <summary>A seed for (spec seed, group, index) that does not depend on the runtime's string or tuple hashing.</summary>
    internal static int Mix(int seed, int group, int index)
    {
        unchecked
        {
            var h = (uint)seed * 2654435761u;
            h ^= (uint)group * 2246822519u + 0x9E3779B9u + (h << 6) + (h >> 2);
            h ^= (uint)index * 3266489917u + 0x9E3779B9u + (h << 6) + (h >> 2);
            return (int)(h & 0x7FFFFFFF);
        }
    }
}
