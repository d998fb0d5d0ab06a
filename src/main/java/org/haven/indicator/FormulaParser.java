package org.haven.indicator;

/**
 * Recursive-descent parser of indicator formulas:
 * <pre>
 * expression := term (('+' | '-') term)*
 * term       := factor (('*' | '/') factor)*
 * factor     := ('-' | '+') factor | primary
 * primary    := number | '(' expression ')' | '#{' code ('.' code ':' code)? '}' | 'I{' indicatorCode '}'
 * </pre>
 * Codes are letters, digits, '_' and '-'; indicator codes may also contain '.'. Errors name the 1-based position.
 */
final class FormulaParser {

    static final int MAX_LENGTH = 2000;

    private final String text;
    private int pos;

    private FormulaParser(String text) {
        this.text = text;
    }

    static Formula parse(String text) {
        if (text == null || text.isBlank()) {
            throw new FormulaException(1, "the formula is empty");
        }
        if (text.length() > MAX_LENGTH) {
            throw new FormulaException(MAX_LENGTH + 1, "the formula is longer than " + MAX_LENGTH + " characters");
        }
        FormulaParser p = new FormulaParser(text);
        Formula.Node root = p.expression();
        p.skipSpaces();
        if (p.pos < text.length()) {
            throw p.error("unexpected '" + text.charAt(p.pos) + "'" + (text.charAt(p.pos) == ')'
                    ? " (no matching opening parenthesis)" : ", expected an operator + - * /"));
        }
        return new Formula(text, root);
    }

    private Formula.Node expression() {
        Formula.Node left = term();
        while (true) {
            char c = peek();
            if (c != '+' && c != '-') {
                return left;
            }
            pos++;
            left = new Formula.Binary(c, left, term());
        }
    }

    private Formula.Node term() {
        Formula.Node left = factor();
        while (true) {
            char c = peek();
            if (c != '*' && c != '/') {
                return left;
            }
            pos++;
            left = new Formula.Binary(c, left, factor());
        }
    }

    private Formula.Node factor() {
        char c = peek();
        if (c == '-') {
            pos++;
            return new Formula.Negate(factor());
        }
        if (c == '+') {
            pos++;
            return factor();
        }
        return primary();
    }

    private Formula.Node primary() {
        char c = peek();
        if (c == 0) {
            throw error("the formula ends too early, expected a number, a reference or '('");
        }
        if (c == '(') {
            int open = pos;
            pos++;
            Formula.Node inner = expression();
            if (peek() != ')') {
                throw new FormulaException(open + 1, "this parenthesis is never closed");
            }
            pos++;
            return inner;
        }
        if (Character.isDigit(c) || c == '.') {
            return number();
        }
        if (c == '#' && at(pos + 1) == '{') {
            return elementRef();
        }
        if (c == 'I' && at(pos + 1) == '{') {
            return indicatorRef();
        }
        throw error("unexpected '" + c + "', expected a number, #{ELEMENT}, I{INDICATOR} or '('");
    }

    private Formula.Node number() {
        int start = pos;
        while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
            pos++;
        }
        String digits = text.substring(start, pos);
        try {
            return new Formula.Num(Double.parseDouble(digits));
        } catch (NumberFormatException e) {
            throw new FormulaException(start + 1, "'" + digits + "' is not a number");
        }
    }

    private Formula.Node elementRef() {
        int start = pos;
        pos += 2;
        String element = code(false, "a data element code after '#{'");
        String category = null;
        String option = null;
        if (at(pos) == '.') {
            pos++;
            category = code(false, "a category code after '.'");
            if (at(pos) != ':') {
                throw error("expected ':' and an option code after category " + category);
            }
            pos++;
            option = code(false, "an option code after ':'");
        }
        close();
        return new Formula.ElementRef(element, category, option, start, pos);
    }

    private Formula.Node indicatorRef() {
        int start = pos;
        pos += 2;
        String code = code(true, "an indicator code after 'I{'");
        close();
        return new Formula.IndicatorRef(code, start, pos);
    }

    private void close() {
        if (at(pos) != '}') {
            throw error(pos < text.length() ? "unexpected '" + text.charAt(pos) + "' in a reference, expected '}'"
                    : "the reference is never closed with '}'");
        }
        pos++;
    }

    private String code(boolean allowDot, String expected) {
        int start = pos;
        while (pos < text.length() && isCodeChar(text.charAt(pos), allowDot)) {
            pos++;
        }
        if (start == pos) {
            throw error("expected " + expected);
        }
        return text.substring(start, pos);
    }

    static boolean isCodeChar(char c, boolean allowDot) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-'
                || (allowDot && c == '.');
    }

    private char peek() {
        skipSpaces();
        return at(pos);
    }

    private char at(int i) {
        return i < text.length() ? text.charAt(i) : 0;
    }

    private void skipSpaces() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private FormulaException error(String problem) {
        return new FormulaException(pos + 1, problem);
    }
}
