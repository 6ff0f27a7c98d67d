package dev.northstar.formulas.kpi;

import dev.northstar.core.metric.MetricId;
import dev.northstar.core.metric.MetricUnit;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The reader of {@link RatioKpi#parse(CharSequence)}: a recursive-descent parser over the grammar
 *
 * <pre>
 * definition := [id '='] sum '/' sum [('*' | 'x') number] ['[' unit ']']
 * sum        := term | '(' ['+' | '-'] term (('+' | '-') term)* ')'
 * term       := [whole '*'] measure
 * </pre>
 *
 * <p>Not thread-safe: one instance reads one text.
 */
final class KpiExpression {

  /** The longest expression read, in characters. */
  static final int MAX_LENGTH = 2_000;

  private static final String MEASURE = "a measure such as likes";

  private final String text;
  private int at;

  private KpiExpression(String text) {
    this.text = text;
  }

  static RatioKpi parse(String text) {
    if (text.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          "KPI expression must have at most "
              + MAX_LENGTH
              + " characters, but has "
              + text.length());
    }
    return new KpiExpression(text).definition();
  }

  private RatioKpi definition() {
    skipSpaces();
    int start = at;
    @Nullable MetricId id = null;
    if (startsIdentifier()) {
      String first = identifier();
      skipSpaces();
      if (peek() == '=') {
        id = metricId(first, start);
        at++;
      } else {
        at = start;
      }
    }
    int numeratorAt = skipSpaces();
    LinearSum numerator = sum();
    skipSpaces();
    expect('/', "'/' and a denominator");
    int denominatorAt = skipSpaces();
    LinearSum denominator = sum();
    if (!denominator.isNonNegative()) {
      throw error(
          denominatorAt, "a denominator with positive coefficients only", describe(denominator));
    }
    BigDecimal factor = BigDecimal.ONE;
    int factorAt = skipSpaces();
    if (peek() == '*' || (peek() == 'x' && isSpaceOrDigit(at + 1))) {
      at++;
      factorAt = skipSpaces();
      factor = factor();
    }
    skipSpaces();
    @Nullable MetricUnit unit = null;
    if (peek() == '[') {
      at++;
      unit = unit();
    }
    skipSpaces();
    if (at < text.length()) {
      throw error(at, unit == null ? "'*', a unit such as [ratio] or the end" : "the end", found());
    }
    MetricUnit resolved = resolveUnit(unit, factor, factorAt);
    MetricId kpiId = id != null ? id : derivedId(numerator, denominator, numeratorAt);
    return RatioKpi.builder(kpiId)
        .numerator(numerator)
        .denominator(denominator)
        .factor(factor)
        .unit(resolved)
        .description(text.strip())
        .build();
  }

  // A ratio is shown as a percentage already: x 100 on top of it would show 100 times the value.
  private MetricUnit resolveUnit(@Nullable MetricUnit unit, BigDecimal factor, int factorAt) {
    boolean scaled = factor.compareTo(BigDecimal.ONE) != 0;
    if (unit == null) {
      return scaled ? MetricUnit.SCORE : MetricUnit.RATIO;
    }
    if (unit == MetricUnit.RATIO && scaled) {
      throw error(
          factorAt,
          "no factor with [ratio] (a ratio is shown as a percentage already; drop the factor or"
              + " write [score])",
          "factor " + factor.toPlainString());
    }
    return unit;
  }

  private LinearSum sum() {
    if (peek() != '(') {
      if (peek() == '+' || peek() == '-') {
        throw error(at, "'(' before a signed sum", found());
      }
      Map<MetricId, Long> terms = new LinkedHashMap<>();
      term(terms, 1);
      return LinearSum.of(terms);
    }
    int open = at;
    at++;
    skipSpaces();
    Map<MetricId, Long> terms = new LinkedHashMap<>();
    long sign = 1;
    if (peek() == '+' || peek() == '-') {
      sign = text.charAt(at) == '-' ? -1 : 1;
      at++;
      skipSpaces();
    }
    term(terms, sign);
    while (true) {
      skipSpaces();
      char c = peek();
      if (c == ')') {
        at++;
        break;
      }
      if (c != '+' && c != '-') {
        throw error(at, "'+', '-' or ')' closing the '(' at character " + (open + 1), found());
      }
      at++;
      skipSpaces();
      term(terms, c == '-' ? -1 : 1);
    }
    terms.values().removeIf(c -> c == 0);
    if (terms.isEmpty()) {
      throw error(open, "a sum with a non-zero term", "terms that cancel out");
    }
    return LinearSum.of(terms);
  }

  private void term(Map<MetricId, Long> terms, long sign) {
    long coefficient = 1;
    int termAt = at;
    if (isDigit(peek())) {
      coefficient = whole();
      skipSpaces();
      expect('*', "'*' between a coefficient and its measure");
      skipSpaces();
    }
    if (!startsIdentifier()) {
      throw error(at, termAt == at ? MEASURE + " or '('" : MEASURE, found());
    }
    int idAt = at;
    MetricId measure = metricId(identifier(), idAt);
    long value = sign * coefficient;
    Long before = terms.get(measure);
    long sum = before == null ? value : before + value;
    if (before != null && (sum > Integer.MAX_VALUE || sum < -Integer.MAX_VALUE)) {
      throw error(termAt, "a coefficient of at most " + Integer.MAX_VALUE, "" + Math.abs(sum));
    }
    terms.put(measure, sum);
  }

  private long whole() {
    int start = at;
    while (isDigit(peek())) {
      at++;
    }
    if (peek() == '.') {
      throw error(
          at, "a whole coefficient (write the factor after the ratio: / reach * 100)", "'.'");
    }
    String digits = text.substring(start, at);
    if (digits.length() > 9) {
      throw error(start, "a coefficient of at most " + Integer.MAX_VALUE, digits);
    }
    long value = Long.parseLong(digits);
    if (value == 0) {
      throw error(start, "a coefficient above 0", digits);
    }
    return value;
  }

  private BigDecimal factor() {
    int start = at;
    while (isDigit(peek()) || peek() == '.') {
      at++;
    }
    String digits = text.substring(start, at);
    if (digits.isEmpty()) {
      throw error(start, "a factor such as 100 or 1000", found());
    }
    BigDecimal factor;
    try {
      factor = new BigDecimal(digits);
    } catch (NumberFormatException e) {
      throw error(start, "a factor such as 100 or 1000", "'" + digits + "'");
    }
    if (factor.signum() == 0 || digits.length() > 20) {
      throw error(start, "a positive factor of at most 20 characters", digits);
    }
    return factor;
  }

  private MetricUnit unit() {
    skipSpaces();
    int start = at;
    while (Character.isLetter(peek())) {
      at++;
    }
    String name = text.substring(start, at);
    MetricUnit unit;
    try {
      unit = MetricUnit.valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw error(
          start,
          "a unit: ratio, count, currency, duration or score",
          name.isEmpty() ? found() : "'" + name + "'");
    }
    skipSpaces();
    expect(']', "']' closing the unit");
    return unit;
  }

  private MetricId derivedId(LinearSum numerator, LinearSum denominator, int where) {
    String id =
        (String.join("_", ids(numerator)) + "_per_" + String.join("_", ids(denominator)))
            .replace('.', '_')
            .replace('-', '_');
    return metricId(id.length() <= 64 ? id : id.substring(0, 64), where);
  }

  private static java.util.List<String> ids(LinearSum sum) {
    return sum.terms().keySet().stream().map(MetricId::value).toList();
  }

  private MetricId metricId(String value, int where) {
    try {
      return MetricId.of(value);
    } catch (IllegalArgumentException e) {
      throw error(where, "an id of at most 64 characters", "'" + value + "'");
    }
  }

  private String identifier() {
    int start = at;
    while (at < text.length() && isIdentifierPart(text.charAt(at))) {
      at++;
    }
    return text.substring(start, at);
  }

  private boolean startsIdentifier() {
    char c = peek();
    return c >= 'a' && c <= 'z';
  }

  private static boolean isIdentifierPart(char c) {
    return (c >= 'a' && c <= 'z') || isDigit(c) || c == '_' || c == '.';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private boolean isSpaceOrDigit(int index) {
    return index < text.length()
        && (Character.isWhitespace(text.charAt(index)) || isDigit(text.charAt(index)));
  }

  private void expect(char c, String expected) {
    if (peek() != c) {
      throw error(at, expected, found());
    }
    at++;
  }

  private int skipSpaces() {
    while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
      at++;
    }
    return at;
  }

  private char peek() {
    return at < text.length() ? text.charAt(at) : '\0';
  }

  private String found() {
    if (at >= text.length()) {
      return "the end";
    }
    char c = text.charAt(at);
    return c >= 'A' && c <= 'Z' ? "'" + c + "' (ids are in lower case)" : "'" + c + "'";
  }

  private static String describe(LinearSum sum) {
    return "'" + sum + "'";
  }

  private KpiSyntaxException error(int index, String expected, String found) {
    return new KpiSyntaxException(text, index, expected, found);
  }
}
