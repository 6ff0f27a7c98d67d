package dev.northstar.cli.text;

import dev.northstar.core.format.UnitFormat;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How the command line prints numbers, through {@link UnitFormat}: thousands separators, never
 * exponents, {@code -} for no value.
 */
public final class Numbers {
  private Numbers() {}

  /**
   * Prints a value with thousands separators and at most two decimals, trailing zeros removed.
   *
   * @param value the value, or empty
   * @return the text, {@code -} for empty
   */
  public static String plain(Optional<BigDecimal> value) {
    return value.map(Numbers::plain).orElse("-");
  }

  /**
   * Prints a value with thousands separators and at most two decimals, trailing zeros removed:
   * {@code 2,231.95}, {@code 1,000,000}.
   *
   * @param value the value, not null
   * @return the text, never null
   */
  public static String plain(BigDecimal value) {
    return UnitFormat.decimal(value);
  }

  /**
   * Prints a fraction as a percentage with two decimals, such as {@code 42.50%}.
   *
   * @param fraction the fraction (0.425 for 42.5%), or empty
   * @return the text, {@code -} for empty
   */
  public static String percent(Optional<BigDecimal> fraction) {
    return fraction.map(UnitFormat::percent).orElse("-");
  }

  /**
   * Prints a goal's value in its unit: a ratio ({@code %}) as a percent with two decimals, money in
   * its currency ({@link UnitFormat#money}), anything else {@linkplain #plain(BigDecimal) plain}.
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
      return UnitFormat.percent(value.get());
    }
    Currency currency = currency(unit.get());
    return currency != null
        ? UnitFormat.money(value.get(), currency)
        : plain(value.get()) + " " + unit.get();
  }

  private static @Nullable Currency currency(String code) {
    try {
      return Currency.getInstance(code);
    } catch (IllegalArgumentException notACurrency) {
      return null;
    }
  }
}
