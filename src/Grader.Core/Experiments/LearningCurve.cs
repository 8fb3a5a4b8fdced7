using System.Globalization;
using System.Text.RegularExpressions;

namespace Grader.Experiments;

/// <summary>
/// A learning curve from what a training function printed: the number after "loss" on each line that
/// has one (<c>epoch 3: loss 0.52</c>, <c>loss=0.52</c>), in order. A function that prints nothing has none.
/// </summary>
public static partial class LearningCurve
{
    /// <summary>Enough points for a curve; a function printing per step is cut here.</summary>
    public const int MaxPoints = 1000;

    public static IReadOnlyList<double> Read(string stdout)
    {
        var values = new List<double>();
        foreach (var line in stdout.Split('\n'))
        {
            if (LossValue().Match(line) is { Success: true } match
                && double.TryParse(match.Groups[1].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                values.Add(value);
                if (values.Count == MaxPoints)
                {
                    break;
                }
            }
        }

        return values;
    }

    /// <summary>
    /// Whether the loss grew: it ends as NaN or an infinity, or its last value is above its first by more
    /// than half (SGD's noise moves it a little, a diverging rate a lot).
    /// </summary>
    public static bool Diverged(IReadOnlyList<double> curve) =>
        curve.Count >= 2 && (!double.IsFinite(curve[^1]) || curve[^1] > 1.5 * curve[0]);

    [GeneratedRegex(@"loss[^0-9a-zA-Z\-+.]{0,3}\s*([-+]?(?:\d+\.?\d*(?:[eE][-+]?\d+)?|\.\d+(?:[eE][-+]?\d+)?|nan|inf|NaN|Inf))", RegexOptions.IgnoreCase)]
    private static partial Regex LossValue();
}
