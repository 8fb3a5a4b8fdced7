using Grader.Derivations.Equations;

namespace Grader.Derivations.Chains;

/// <summary>A chain being read: its steps so far and its last side, which the next step starts from.</summary>
internal sealed class ChainDraft(EquationSide first, WriteUpHeading? heading)
{
    private readonly List<(EquationSide Left, StepRelation Relation, EquationSide Right, StepLink Link)> _steps = [];

    public EquationSide Last { get; private set; } = first;

    public int StepCount => _steps.Count;

    /// <summary>The chain passed <see cref="WriteUpLimits.MaxStepsPerChain"/>; later steps are skipped.</summary>
    public bool Cut { get; set; }

    public void Add(StepRelation relation, EquationSide right, StepLink link)
    {
        _steps.Add((Last, relation, right, link));
        Last = right;
    }

    public DerivationChain ToChain() => new(
        [.. _steps.Select(s => new DerivationStep(s.Left.ToSide(), s.Relation, s.Right.ToSide(), s.Link))],
        heading,
        []);
}
