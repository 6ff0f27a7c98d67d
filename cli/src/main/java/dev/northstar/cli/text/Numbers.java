package dev.northstar.cli.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** How the command line prints numbers: plain decimals, never exponents, "-" for no value. */
public final class Numbers {
  private Numbers() {}

  /**
   * Prints a value with at most two decimals, trailing zeros removed.
   *
   * @param value the value, or empty
   * @return the text, {@code -} for empty
   */
  public static String plain(Optional<BigDecimal> value) {
    return value.map(Numbers::plain).orElse("-");
  }

  /**
   * Prints a value with at most two decimals, trailing zeros removed.
   *
   * @param value the value, not null
   * @return the text, never null
   */
  public static String plain(BigDecimal value) {
    BigDecimal rounded = value.setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros();
    return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
  }

  /**
   * Prints a fraction as a percentage with one decimal, such as {@code 42.5%}.
   *
   * @param fraction the fraction (0.425 for 42.5%), or empty
   * @return the text, {@code -} for empty
   */
  public static String percent(Optional<BigDecimal> fraction) {
    return fraction
        .map(f -> f.movePointRight(2).setScale(1, RoundingMode.HALF_EVEN).toPlainString() + "%")
        .orElse("-");
  }

  /**
   * Prints a goal's value in its unit: a ratio ({@code %}) as a percent with two decimals, money
   * with its currency code after it, anything else {@linkplain #plain(BigDecimal) plain}.
   *
   * @param value the value, or empty
   * @param unit "%", a currency code, or empty
   * @return the text, {@code -} for empty
   */
  public static String inUnit(Optional<BigDecimal> value, Optional<String> unit) {
    if (value.isEmpty()) {
      return "-";
    }
    if (unit.isEmpty()) {
      return plain(value.get());
    }
    if (unit.get().equals("%")) {
      return value.get().movePointRight(2).setScale(2, RoundingMode.HALF_EVEN).toPlainString()
          + "%";
    }
    return plain(value.get()) + " " + unit.get();
  }
}
