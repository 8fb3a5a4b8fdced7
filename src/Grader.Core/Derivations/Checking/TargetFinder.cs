using System.Text.RegularExpressions;

namespace Grader.Derivations.Checking;

/// <summary>
/// Binds a chain to the problem and output it derives: through a heading that names a problem id
/// (<c>## softmax-ce</c>, <c>### two-layer-l2: W2</c>), else through its first left side, a derivative
/// whose denominator is, in some problem's notation, what one of its gradient outputs is taken with
/// respect to. Strict on the denominator, tolerant of the numerator (the objective's own name or any
/// usual name of a loss). Several problems that fit equally leave the chain unassigned, never guessed.
/// </summary>
internal sealed partial class TargetFinder(IReadOnlyList<DerivationProblem> problems)
{
    public TargetMatch Find(DerivationChain chain)
    {
        var symbol = chain.First.IsMissing ? null : DerivativeNotation.Read(chain.First.Latex);
        if (chain.Heading is { } heading && Named(heading.Text) is { } named)
        {
            return FromHeading(named.Problem, named.Output, symbol, chain);
        }

        // A side that names an output itself (δ^L in delta-output-layer's notation).
        var spelled = chain.First.IsMissing ? [] : problems.Select(p => (Problem: p, Output: p.Spelled(chain.First.Latex))).Where(s => s.Output is not null).ToList();
        if (spelled is [var only])
        {
            return TargetMatch.Found(new ChainTarget(only.Problem, only.Output!, TargetOrigin.LeftSide, null), [$"{only.Problem.Id}: {only.Output!.Name}"]);
        }

        if (symbol is null)
        {
            return TargetMatch.None(UnassignedKind.NotADerivative, DerivationMessages.NotADerivative());
        }

        var candidates = problems.SelectMany(p => Candidates(p, symbol)).ToList();
        if (candidates.Count == 0)
        {
            return TargetMatch.None(UnassignedKind.NoSuchOutput, DerivationMessages.NoSuchOutput(symbol));
        }

        var best = candidates.Max(c => c.Score);
        var tied = candidates.Where(c => c.Score == best).ToList();
        var names = candidates.Select(c => c.Describe()).ToList();
        if (tied.Count == 1)
        {
            return TargetMatch.Found(new ChainTarget(tied[0].Problem, tied[0].Output, TargetOrigin.LeftSide, symbol), names);
        }

        // A derivation problem (no code form) asks for exactly this derivation; a code problem that also
        // has the derivative (activations' sigmoid) is answered by code.
        if (tied.Where(c => !c.Problem.Compiled.Spec.HasCode).ToList() is [var derivation])
        {
            return TargetMatch.Found(new ChainTarget(derivation.Problem, derivation.Output, TargetOrigin.LeftSide, symbol), names);
        }

        // Equally good by their spelling: the problem whose language reads the chain's sides, if only one does.
        var readings = tied.Select(c => (Candidate: c, Sides: ReadableSides(c.Problem, chain))).ToList();
        var most = readings.Max(r => r.Sides);
        var readers = readings.Where(r => r.Sides == most).ToList();
        return most > 0 && readers.Count == 1
            ? TargetMatch.Found(new ChainTarget(readers[0].Candidate.Problem, readers[0].Candidate.Output, TargetOrigin.LeftSideAndReading, symbol), names)
            : TargetMatch.None(UnassignedKind.Ambiguous, DerivationMessages.Ambiguous(symbol, [.. tied.Select(c => c.Describe())]), names);
    }

    private TargetMatch FromHeading(DerivationProblem problem, GradientOutput? output, DerivativeSymbol? symbol, DerivationChain chain)
    {
        if (!chain.First.IsMissing && problem.Spelled(chain.First.Latex) is { } spelled && (output is null || output == spelled))
        {
            return TargetMatch.Found(new ChainTarget(problem, spelled, TargetOrigin.Heading, null), []);
        }

        if (symbol is null)
        {
            // A value (a derivation problem's n_θ = …) is derived under its heading from whatever side it starts with.
            var value = output ?? (problem.Gradients is [{ IsValue: true } only] ? only : null);
            return (output is not null && chain.First.IsMissing) || value is { IsValue: true }
                ? TargetMatch.Found(new ChainTarget(problem, (output ?? value)!, TargetOrigin.Heading, null), [])
                : TargetMatch.None(UnassignedKind.NotADerivative, DerivationMessages.NotADerivative());
        }

        var candidates = Candidates(problem, symbol).ToList();
        if (candidates.Count == 0)
        {
            return TargetMatch.None(UnassignedKind.HeadingConflict, DerivationMessages.NotInHeadingProblem(symbol, problem.Id));
        }

        var chosen = output is null ? candidates[0] : candidates.FirstOrDefault(c => c.Output == output);
        return chosen is null
            ? TargetMatch.None(UnassignedKind.HeadingConflict, DerivationMessages.HeadingOutputConflict(symbol, problem.Id, output!.Name, candidates[0].Output.Name))
            : TargetMatch.Found(new ChainTarget(problem, chosen.Output, TargetOrigin.Heading, symbol), [chosen.Describe()]);
    }

    /// <summary>The one problem a heading names by id (and the output after a colon, if it names one).</summary>
    private (DerivationProblem Problem, GradientOutput? Output)? Named(string heading)
    {
        var named = problems.Where(p => Regex.IsMatch(heading, $@"(?<![\w-]){Regex.Escape(p.Id)}(?![\w-])", RegexOptions.None, TimeSpan.FromSeconds(1))).ToList();
        if (named.Count != 1)
        {
            return null;
        }

        var problem = named[0];
        var after = heading[(heading.IndexOf(problem.Id, StringComparison.Ordinal) + problem.Id.Length)..];
        var output = OutputAfterColon().Match(after) is { Success: true } match
            ? problem.Gradients.FirstOrDefault(g => g.Name == match.Groups[1].Value)
            : null;
        return (problem, output);
    }

    /// <summary>How many of the chain's sides after the first read in a problem's language (bounded: the first few and the last).</summary>
    private static int ReadableSides(DerivationProblem problem, DerivationChain chain) =>
        chain.Sides.Skip(1).Where(s => !s.IsMissing && !DerivativeNotation.Mentions(s.Latex))
            .Take(CheckLimits.SidesReadToDecide)
            .Count(s => problem.Read(s.Latex) is not null);

    [GeneratedRegex(@"^\s*:\s*([A-Za-z_]\w*)")]
    private static partial Regex OutputAfterColon();
}
