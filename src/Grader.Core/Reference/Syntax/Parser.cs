using Grader.Specs;

namespace Grader.Reference.Syntax;

/// <summary>
/// A recursive-descent parser for models (statements) and output expressions. Precedence, lowest
/// first: <c>+ -</c>; <c>* / // @</c>; unary minus; <c>^</c> (right-associative, as Python's <c>**</c>);
/// calls, indexing, slicing and <c>.T</c>.
/// </summary>
internal sealed partial class Parser
{
    private readonly SourceText _source;
    private readonly IReadOnlyList<Token> _tokens;
    private int _position;

    private Parser(SourceText source)
    {
        _source = source;
        _tokens = Lexer.Tokenize(source);
    }

    private Token Current => _tokens[_position];

    public static IReadOnlyList<Statement> ParseModel(SourceText source)
    {
        var parser = new Parser(source);
        var statements = new List<Statement>();
        parser.SkipNewlines();
        while (parser.Current.Kind != TokenKind.End)
        {
            statements.Add(parser.ParseStatement());
            parser.SkipNewlines();
        }

        return statements;
    }

    public static Expr ParseExpression(SourceText source)
    {
        var parser = new Parser(source);
        parser.SkipNewlines();
        if (parser.Current.Kind == TokenKind.End)
        {
            throw SpecError.ExpectedToken(source, parser.Current.Offset, parser.Current.Length, parser.Current.Describe(), "an expression");
        }

        var expr = parser.ParseExpr();
        parser.SkipNewlines();
        if (parser.Current.Kind != TokenKind.End)
        {
            throw SpecError.ExpectedToken(source, parser.Current.Offset, parser.Current.Length, parser.Current.Describe(), "end of expression");
        }

        return expr;
    }

    private Statement ParseStatement()
    {
        var token = Current;
        if (token.Kind == TokenKind.Indent)
        {
            throw SpecError.UnexpectedIndent(_source, token.Offset);
        }

        if (token.Is(TokenKind.Name, "for"))
        {
            return ParseFor();
        }

        if (token.Kind != TokenKind.Name || _tokens[_position + 1].Kind != TokenKind.Assign)
        {
            throw SpecError.ExpectedStatement(_source, token.Offset, token.Length, token.Describe());
        }

        _position += 2;
        var value = ParseExpr();
        Expect(TokenKind.Newline, "end of line");
        return new Assignment(new NameExpr(token.Offset, token.Length, token.Text), value);
    }

    private ForLoop ParseFor()
    {
        _position++;
        var variable = Expect(TokenKind.Name, "a loop variable");
        var keyword = Expect(TokenKind.Name, "'in'");
        if (keyword.Text != "in")
        {
            throw SpecError.ExpectedToken(_source, keyword.Offset, keyword.Length, keyword.Describe(), "'in'");
        }

        var rangeName = Current;
        var range = ParsePostfix();
        if (range is not CallExpr { Name: "range" } call)
        {
            throw SpecError.ExpectedRange(_source, rangeName.Offset, range.End - rangeName.Offset);
        }

        Expect(TokenKind.Colon, "':'");
        Expect(TokenKind.Newline, "end of line after ':'");
        Expect(TokenKind.Indent, "an indented block");
        var body = new List<Statement>();
        while (Current.Kind is not (TokenKind.Dedent or TokenKind.End))
        {
            body.Add(ParseStatement());
            SkipNewlines();
        }

        if (Current.Kind == TokenKind.Dedent)
        {
            _position++;
        }

        return new ForLoop(new NameExpr(variable.Offset, variable.Length, variable.Text), call, body);
    }

    private Token Expect(TokenKind kind, string what)
    {
        var token = Current;
        if (token.Kind != kind)
        {
            throw SpecError.ExpectedToken(_source, token.Offset, token.Length, token.Describe(), what);
        }

        _position++;
        return token;
    }

    private void SkipNewlines()
    {
        while (Current.Kind == TokenKind.Newline)
        {
            _position++;
        }
    }
}
