namespace Grader.Derivations;

/// <summary>How a display-math block is written in the Markdown.</summary>
internal enum DisplayDelimiter
{
    /// <summary><c>$$…$$</c>, on one line or several.</summary>
    Dollars,

    /// <summary><c>\[…\]</c>.</summary>
    Brackets,

    /// <summary><c>\begin{align}…\end{align}</c> and the other display environments, written in the Markdown itself.</summary>
    Environment,
}
