namespace Grader.Cli.Handouts;

internal sealed partial class HtmlHandout
{
    /// <summary>
    /// The page's only style: readable width, tables and code set off, matrices spaced. It loads nothing
    /// (no url(), no @import). Math fonts are named because a bracket stretches around a matrix only in
    /// a font with a MATH table, and the generic <c>math</c> family does not always find one installed.
    /// </summary>
    private const string StyleSheet = """
        body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; color: #1f2328; }
        header { margin-bottom: 1.5rem; }
        section { border-top: 1px solid #d0d7de; margin-top: 2rem; }
        h1 { font-size: 1.8rem; }
        h2 { font-size: 1.3rem; }
        table { border-collapse: collapse; margin: 0.8rem 0; }
        th, td { border: 1px solid #d0d7de; padding: 0.2rem 0.7rem; text-align: left; }
        code, pre { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 0.9em; }
        code { background: #f6f8fa; padding: 0.1em 0.3em; border-radius: 4px; }
        pre { background: #f6f8fa; padding: 0.8rem; overflow-x: auto; border-radius: 6px; }
        pre code { padding: 0; }
        math { font-family: "STIX Two Math", "Cambria Math", "Latin Modern Math", "DejaVu Math TeX Gyre", math; }
        math[display="block"] { margin: 0.8rem 0; }
        mtd { padding: 0.15em 0.5em; }
        p.inputs { font-weight: 600; }
        @media print { section { break-inside: avoid-page; } pre { white-space: pre-wrap; } }

        """;
}
