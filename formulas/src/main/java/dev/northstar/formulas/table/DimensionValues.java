package dev.northstar.formulas.table;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.regex.Pattern;

/**
 * The order of dimension values in results: numbers as numbers, so that hours come out 1, 2, ...,
 * 10 and post months 1, 2, ..., 12, and text in its natural (code point) order after every number.
 *
 * <p>A value is a number when it is written {@code [-]digits[.digits]}, such as {@code 7}, {@code
 * 007} or {@code -1.5}. Two numbers of equal value written differently ({@code 7} and {@code 07})
 * are then ordered as text, so that the order is consistent with {@link String#equals}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DimensionValues {

  private static final Pattern NUMBER = Pattern.compile("-?[0-9]{1,60}(?:\\.[0-9]{1,60})?");

  /** The order: numbers by value, then text; consistent with {@link String#equals}. */
  public static final Comparator<String> ORDER = DimensionValues::compare;

  private DimensionValues() {}

  /**
   * Compares two dimension values: numbers by value before any text, text by code points.
   *
   * @param a a value, not null
   * @param b another value, not null
   * @return negative, zero or positive as {@code a} comes before, with or after {@code b}
   * @throws NullPointerException if a value is null
   */
  public static int compare(String a, String b) {
    boolean an = isNumber(a);
    boolean bn = isNumber(b);
    if (an && bn) {
      int c = new BigDecimal(a).compareTo(new BigDecimal(b));
      return c != 0 ? c : a.compareTo(b);
    }
    if (an != bn) {
      return an ? -1 : 1;
    }
    return a.compareTo(b);
  }

  /**
   * Tells whether a value is a number in the sense of {@link #compare}: {@code [-]digits[.digits]}.
   *
   * @param value the value, not null
   * @return true if it is a number
   * @throws NullPointerException if {@code value} is null
   */
  public static boolean isNumber(String value) {
    return NUMBER.matcher(value).matches();
  }
}
