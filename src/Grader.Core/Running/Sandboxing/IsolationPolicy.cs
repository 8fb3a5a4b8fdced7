namespace Grader.Running.Sandboxing;

/// <summary>How strictly a run insists on bubblewrap (<see cref="SandboxOptions.Isolation"/>).</summary>
public enum IsolationPolicy
{
    /// <summary>bubblewrap or nothing: a run where it cannot start fails (the default).</summary>
    Bubblewrap,

    /// <summary>
    /// bubblewrap where it can make its namespaces; elsewhere (a container such as Gradescope's, run as
    /// root, whose seccomp profile refuses them) the <see cref="Confinement"/> fallback, and a clear
    /// refusal where even that is not possible. Never the grader's own user.
    /// </summary>
    Auto,
}
