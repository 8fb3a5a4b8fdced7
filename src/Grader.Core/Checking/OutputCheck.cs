using Grader.Reference;
using Grader.Values;

namespace Grader.Checking;

/// <summary>One output of one case that the submission returned, compared with the reference.</summary>
internal sealed record OutputCheck(SolvedCase Case, Value? Got, Value Expected, Value Lower, Value Upper, ValueCheck Result)
{
    public bool Passed => Result.Passed;
}
