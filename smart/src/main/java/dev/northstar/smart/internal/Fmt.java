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

  private static String format(BigDecimal value, String pattern) {
    DecimalFormat f = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ENGLISH));
    f.setRoundingMode(RoundingMode.HALF_EVEN);
    return f.format(value);
  }
}
