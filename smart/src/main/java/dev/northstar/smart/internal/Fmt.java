package dev.northstar.smart.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers as findings print them: grouped thousands, one decimal for rates. */
public final class Fmt {

  /** Rates above this (as a fraction) print as "more than ..." rather than as a huge number. */
  private static final double HUGE_RATE = 1_000_000;

  private Fmt() {}

  /**
   * Formats a number with grouped thousands and at most two decimals: {@code 1,000,000}, {@code
   * 2,400.5}.
   *
   * @param value the value
   * @return the text
   */
  public static String number(BigDecimal value) {
    return format(value.setScale(2, RoundingMode.HALF_EVEN), "#,##0.##");
  }

  /**
   * Formats a number rounded to a whole: {@code 26,000}.
   *
   * @param value the value
   * @return the text
   */
  public static String whole(double value) {
    return format(BigDecimal.valueOf(value).setScale(0, RoundingMode.HALF_EVEN), "#,##0");
  }

  /**
   * Formats a fraction as a percent with one decimal: 0.1224 gives {@code 12.2%}.
   *
   * @param fraction the fraction, finite
   * @return the text
   */
  public static String percent(double fraction) {
    if (fraction > HUGE_RATE) {
      return "more than " + format(BigDecimal.valueOf(HUGE_RATE * 100), "#,##0") + "%";
    }
    BigDecimal p = BigDecimal.valueOf(fraction * 100).setScale(1, RoundingMode.HALF_EVEN);
    return format(p, "#,##0.0") + "%";
  }

  /**
   * Formats a number of months with one decimal: {@code 5.9}.
   *
   * @param months the months, finite
   * @return the text
   */
  public static String months(double months) {
    return format(BigDecimal.valueOf(months).setScale(1, RoundingMode.HALF_EVEN), "#,##0.0");
  }

  /**
   * Formats figures with the fewest decimals (from {@code minDecimals} up to 6) that print
   * different figures differently, as percents of fractions or as plain numbers: 0.0252 and 0.025
   * give {@code 2.52%} and {@code 2.50%}, where one decimal would print both as {@code 2.5%}.
   *
   * @param percent whether the figures are fractions to print as percents
   * @param minDecimals the fewest decimals, 0 to 6
   * @param values the figures, finite
   * @return the texts, in the order of the figures
   */
  public static String[] apart(boolean percent, int minDecimals, double... values) {
    String[] finest = texts(percent, 6, values);
    for (int d = minDecimals; d < 6; d++) {
      String[] out = texts(percent, d, values);
      if (distinct(out, finest)) {
        return out;
      }
    }
    return finest;
  }

  /**
   * Formats numbers with grouped thousands and the fewest decimals, from {@code minDecimals} up to
   * 6, that print different numbers differently, each rounded in its own mode; trailing zeros are
   * dropped. A rate target of 0.058 and a reachable 0.0573 give {@code 0.058} and {@code 0.057}
   * with three decimals, or {@code 0.0573} if the reachable one is rounded up.
   *
   * @param minDecimals the fewest decimals, 0 to 6
   * @param values the numbers
   * @param modes how each number is rounded, as many as the numbers
   * @return the texts, in the order of the numbers
   * @throws IllegalArgumentException if {@code minDecimals} is not 0 to 6 or the counts differ
   */
  public static String[] numbersApart(int minDecimals, BigDecimal[] values, RoundingMode[] modes) {
    if (minDecimals < 0 || minDecimals > 6 || values.length != modes.length) {
      throw new IllegalArgumentException(
          "numbersApart needs 0 to 6 decimals and a rounding mode per number, but got "
              + minDecimals
              + " decimals, "
              + values.length
              + " numbers and "
              + modes.length
              + " modes");
    }
    String[] out = new String[values.length];
    for (int d = minDecimals; d <= 6; d++) {
      String pattern = d == 0 ? "#,##0" : "#,##0." + "#".repeat(d);
      for (int i = 0; i < values.length; i++) {
        out[i] = format(values[i].setScale(d, modes[i]), pattern);
      }
      if (apart(values, out)) {
        break;
      }
    }
    return out;
  }

  /**
   * The decimals a number shows exactly, at most 6: 0.058 has 3, 9,721.20 has 1, 1,000 has 0.
   *
   * @param value the number
   * @return 0 to 6
   */
  public static int decimalsOf(BigDecimal value) {
    return Math.max(0, Math.min(6, value.stripTrailingZeros().scale()));
  }

  /** Whether numbers that differ have different texts. */
  private static boolean apart(BigDecimal[] values, String[] texts) {
    for (int i = 0; i < values.length; i++) {
      for (int j = i + 1; j < values.length; j++) {
        if (values[i].compareTo(values[j]) != 0 && texts[i].equals(texts[j])) {
          return false;
        }
      }
    }
    return true;
  }

  private static String[] texts(boolean percent, int d, double[] values) {
    String[] out = new String[values.length];
    String pattern = d == 0 ? "#,##0" : "#,##0." + "0".repeat(d);
    for (int i = 0; i < values.length; i++) {
      double v = percent ? values[i] * 100 : values[i];
      out[i] =
          percent && values[i] > HUGE_RATE
              ? percent(values[i])
              : format(BigDecimal.valueOf(v).setScale(d, RoundingMode.HALF_EVEN), pattern)
                  + (percent ? "%" : "");
    }
    return out;
  }

  /** Whether figures that differ at six decimals print differently. */
  private static boolean distinct(String[] texts, String[] finest) {
    for (int i = 0; i < texts.length; i++) {
      for (int j = i + 1; j < texts.length; j++) {
        if (!finest[i].equals(finest[j]) && texts[i].equals(texts[j])) {
          return false;
        }
      }
    }
    return true;
  }

  private static String format(BigDecimal value, String pattern) {
    // DecimalFormat rounds half-even, as BigDecimal arithmetic of the library does
    return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ENGLISH))
        .format(value);
  }
}
