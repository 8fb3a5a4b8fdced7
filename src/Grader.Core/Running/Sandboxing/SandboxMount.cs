namespace Grader.Running.Sandboxing;

/// <summary>A host folder or file bound read-only into the sandbox at <see cref="Inside"/>.</summary>
internal sealed record SandboxMount(string Host, string Inside);
