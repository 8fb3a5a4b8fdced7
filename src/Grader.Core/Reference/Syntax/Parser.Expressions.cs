using System.Globalization;
using Grader.Specs;

namespace Grader.Reference.Syntax;

internal sealed partial class Parser
{
    private Expr ParseExpr()
    {
        var left = ParseTerm();
        while (Current.Kind is TokenKind.Plus or TokenKind.Minus)
        {
            var op = Current;
            _position++;
            left = new BinaryExpr(op, left, ParseTerm());
        }

        return left;
    }

    private Expr ParseTerm()
    {
        var left = ParseUnary();
        while (Current.Kind is TokenKind.Star or TokenKind.Slash or TokenKind.DoubleSlash or TokenKind.At)
        {
            var op = Current;
            _position++;
            left = new BinaryExpr(op, left, ParseUnary());
        }

        return left;
    }

    private Expr ParseUnary()
    {
        var token = Current;
        if (token.Kind is TokenKind.Minus or TokenKind.Plus)
        {
            _position++;
            var operand = ParseUnary();
            return token.Kind == TokenKind.Plus ? operand : new NegateExpr(token.Offset, operand.End - token.Offset, operand);
        }

        var basis = ParsePostfix();
        if (Current.Kind == TokenKind.Caret)
        {
            var op = Current;
            _position++;
            return new BinaryExpr(op, basis, ParseUnary());
        }

        return basis;
    }

    private Expr ParsePostfix()
    {
        var expr = ParseAtom();
        while (true)
        {
            switch (Current.Kind)
            {
                case TokenKind.LeftParen:
                    expr = ParseCall(expr);
                    break;
                case TokenKind.LeftBracket:
                    expr = ParseSubscript(expr);
                    break;
                case TokenKind.Dot:
                    _position++;
                    var attribute = Expect(TokenKind.Name, "an attribute name");
                    if (attribute.Text != "T")
                    {
                        throw SpecError.UnknownAttribute(_source, attribute.Offset, attribute.Length, attribute.Text);
                    }

                    expr = new TransposeExpr(expr.Offset, attribute.Offset + 1 - expr.Offset, expr);
                    break;
                default:
                    return expr;
            }
        }
    }

    private Expr ParseAtom()
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.Number:
                _position++;
                var isInteger = !token.Text.Contains('.', StringComparison.Ordinal)
                    && !token.Text.Contains('e', StringComparison.OrdinalIgnoreCase);
                return new NumberExpr(token.Offset, token.Length, double.Parse(token.Text, CultureInfo.InvariantCulture), isInteger);
            case TokenKind.Name when token.Text is not ("for" or "in"):
                _position++;
                return new NameExpr(token.Offset, token.Length, token.Text);
            case TokenKind.LeftParen:
                _position++;
                var inner = ParseExpr();
                Expect(TokenKind.RightParen, "')'");
                return inner;
            case TokenKind.LeftBracket:
                return ParseList();
            default:
                throw SpecError.ExpectedToken(_source, token.Offset, token.Length, token.Describe(), "an expression");
        }
    }

    private ListExpr ParseList()
    {
        var open = Current;
        _position++;
        var items = new List<Expr>();
        while (Current.Kind != TokenKind.RightBracket)
        {
            items.Add(ParseExpr());
            if (Current.Kind != TokenKind.Comma)
            {
                break;
            }

            _position++;
        }

        var close = Expect(TokenKind.RightBracket, "']'");
        return new ListExpr(open.Offset, close.Offset + 1 - open.Offset, items);
    }

    private CallExpr ParseCall(Expr callee)
    {
        if (callee is not NameExpr function)
        {
            throw SpecError.NotCallable(_source, callee.Offset, callee.Length);
        }

        _position++;
        var arguments = new List<Expr>();
        var keywords = new List<KeywordArgument>();
        while (Current.Kind != TokenKind.RightParen)
        {
            if (Current.Kind == TokenKind.Name && _tokens[_position + 1].Kind == TokenKind.Assign)
            {
                var name = Current;
                _position += 2;
                keywords.Add(new KeywordArgument(new NameExpr(name.Offset, name.Length, name.Text), ParseExpr()));
            }
            else if (keywords.Count > 0)
            {
                throw SpecError.PositionalAfterKeyword(_source, Current.Offset, Current.Length);
            }
            else
            {
                arguments.Add(ParseExpr());
            }

            if (Current.Kind != TokenKind.Comma)
            {
                break;
            }

            _position++;
        }

        var close = Expect(TokenKind.RightParen, "')'");
        return new CallExpr(function.Offset, close.Offset + 1 - function.Offset, function, arguments, keywords);
    }

    private Expr ParseSubscript(Expr target)
    {
        _position++;
        Expr? start = Current.Kind == TokenKind.Colon ? null : ParseExpr();
        if (Current.Kind == TokenKind.Colon)
        {
            _position++;
            Expr? stop = Current.Kind == TokenKind.RightBracket ? null : ParseExpr();
            var end = Expect(TokenKind.RightBracket, "']'");
            return new SliceExpr(target.Offset, end.Offset + 1 - target.Offset, target, start, stop);
        }

        var close = Expect(TokenKind.RightBracket, "']'");
        return new IndexExpr(target.Offset, close.Offset + 1 - target.Offset, target, start!);
    }
}
