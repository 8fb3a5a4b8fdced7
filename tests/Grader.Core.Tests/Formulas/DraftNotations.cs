using Grader.Formulas;
using Grader.Specs;

namespace Grader.Core.Tests.Formulas;

/// <summary>
/// The notation each catalogue problem's spec is meant to carry (CATALOGUE.md, "Formulas and
/// write-ups"), drafted here until the specs gain their <c>notation:</c> tables.
/// </summary>
internal static class DraftNotations
{
    public static Notation For(string problem) => problem switch
    {
        "softmax-ce" => Notation.Inline(
            Orientation.Column,
            (@"z^{(3)}", "Z"),
            (@"o^a", "Z"),
            (@"\psi", "softmax"),
            (@"\Delta_i", "onehot(y, K)"),
            (@"\delta_{iy_i}", "onehot(y, K)"),
            (@"\delta_{y_i}", "onehot(y, K)")),
        "two-layer-l2" => Notation.Inline(
            Orientation.Column,
            (@"a^{(1)}", "X"),
            (@"x", "X"),
            (@"\psi", "softmax"),
            (@"\phi", "relu"),
            (@"\Delta_i", "onehot(y, K)"),
            (@"\delta_{iy_i}", "onehot(y, K)"),
            (@"\delta_{y_i}", "onehot(y, K)")),
        "toy-network" => Notation.Inline(
            Orientation.Row,
            (@"x", "X"),
            (@"f", "relu")),
        "elastic-net" => Notation.Inline(
            Orientation.Column,
            (@"W^{(1)}", "W"),
            (@"\lambda_{11}", "l1"),
            (@"\lambda_{12}", "l2"),
            (@"R", "penalty")),
        "logistic-l2" => Notation.Inline(
            Orientation.Column,
            (@"\hat{w}^T x_i", "m"),
            (@"x", "X"),
            (@"w_0", "w0")),
        "activations" or "bce" => Notation.Inline(Orientation.Entries),
        "soft-targets" => Notation.Inline(Orientation.Column, (@"\psi", "softmax")),
        "nielsen-backprop" => Notation.Inline(
            Orientation.Column,
            (@"z^l", "zs[l - 1]"),
            (@"a^l", "acts[l]"),
            (@"w^l", "weights[l - 1]"),
            (@"b^l", "biases[l - 1]")),
        _ => Notation.Empty,
    };
}
