package dev.northstar.core.goal;

import dev.northstar.core.internal.Checks;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the canonical text of {@link Target}. */
final class TargetParser {
  private static final String NUMBER = "([-+]?(?:\\d{1,40}(?:\\.\\d{0,40})?|\\.\\d{1,40}))";
  private static final Pattern CHANGE_BY =
      Pattern.compile("(increase|decrease) by " + NUMBER + " ?%");
  private static final Pattern CHANGE_TO = Pattern.compile("(increase|decrease) to " + NUMBER);
  private static final Pattern MULTIPLY = Pattern.compile("multiply by " + NUMBER);
  private static final Pattern TOTAL = Pattern.compile("total " + NUMBER);
  private static final Pattern ABOVE = Pattern.compile("stay above " + NUMBER);
  private static final Pattern BELOW = Pattern.compile("stay below " + NUMBER);
  private static final Pattern WITHIN = Pattern.compile("stay within " + NUMBER + " and " + NUMBER);

  private TargetParser() {}

  static Target parse(String text) {
    if (text.length() > 200) {
      throw invalid(text);
    }
    String s = text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    Matcher m = CHANGE_BY.matcher(s);
    if (m.matches()) {
      return new Target.ChangeByPercent(direction(m.group(1)), new BigDecimal(m.group(2)));
    }
    m = CHANGE_TO.matcher(s);
    if (m.matches()) {
      return new Target.ChangeTo(direction(m.group(1)), new BigDecimal(m.group(2)));
    }
    m = MULTIPLY.matcher(s);
    if (m.matches()) {
      return new Target.Multiply(new BigDecimal(m.group(1)));
    }
    m = TOTAL.matcher(s);
    if (m.matches()) {
      return new Target.Total(new BigDecimal(m.group(1)));
    }
    m = ABOVE.matcher(s);
    if (m.matches()) {
      return new Target.Band(new BigDecimal(m.group(1)), null);
    }
    m = BELOW.matcher(s);
    if (m.matches()) {
      return new Target.Band(null, new BigDecimal(m.group(1)));
    }
    m = WITHIN.matcher(s);
    if (m.matches()) {
      return new Target.Band(new BigDecimal(m.group(1)), new BigDecimal(m.group(2)));
    }
    if (s.equals("milestone")) {
      return new Target.Milestone();
    }
    throw invalid(text);
  }

  private static Target.Direction direction(String word) {
    return word.equals("increase") ? Target.Direction.INCREASE : Target.Direction.DECREASE;
  }

  private static IllegalArgumentException invalid(String text) {
    return new IllegalArgumentException(
        "target must be one of 'increase by 20%', 'decrease by 20%', 'increase to 5000',"
            + " 'decrease to 5000', 'multiply by 2', 'total 500', 'stay above 100', 'stay below"
            + " 100', 'stay within 10 and 20', 'milestone', but was '"
            + Checks.abbreviate(text)
            + "'");
  }
}
