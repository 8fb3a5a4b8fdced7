namespace Grader.Reference.Syntax;

/// <summary>A statement of a model: an assignment or a for loop.</summary>
internal abstract record Statement;
