using Grader.Running.Sandboxing;

namespace Grader.Running;

/// <summary>
/// How submissions are run. <see cref="Enabled"/> is false only with an explicit <c>--no-sandbox</c>.
/// <see cref="PythonPath"/> overrides the Python with numpy (default <c>/usr/bin/python3</c>);
/// <see cref="BubblewrapPath"/> overrides where bubblewrap is looked for (default: <c>PATH</c>);
/// <see cref="Isolation"/> says whether a place where bubblewrap cannot work gets the confined fallback.
/// </summary>
public sealed record SandboxOptions(bool Enabled = true, string? PythonPath = null)
{
    public string? BubblewrapPath { get; init; }

    public IsolationPolicy Isolation { get; init; } = IsolationPolicy.Bubblewrap;
}
