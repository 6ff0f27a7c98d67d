package dev.northstar.jackson.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import dev.northstar.core.time.DateRange;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the JSON values inside Northstar objects: strings, exact numbers, ISO dates and arrays,
 * refusing a wrong JSON type or null with the path and what was expected.
 *
 * <p>Dates are read here rather than by {@code jackson-datatype-jsr310}, so the module needs no
 * other module.
 */
public final class Reads {

  /**
   * The most digits a number may have before, and after, its decimal point when written out in
   * full. The parser limits how many digits the text has; this also refuses short texts with huge
   * exponents, such as {@code 1e999999999}, before anything expands them.
   */
  static final int MAX_DIGITS = 100;

  private static final String TOO_LONG =
      "a number must have at most "
          + MAX_DIGITS
          + " digits before and "
          + MAX_DIGITS
          + " after the decimal point when written out";

  private static final String DATE = "an ISO date such as 2026-07-01";
  private static final int MAX_DATE_LENGTH = 20;

  private Reads() {}

  /** Reads an element of an array; the parser is at the element's first token. */
  @FunctionalInterface
  interface Element<T> {
    T read(JsonParser p, DeserializationContext ctxt) throws IOException;
  }

  /** Reads a JSON string. */
  public static String text(JsonParser p, Class<?> type, String expected) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw ReadErrors.wrongType(p, type, expected);
    }
    return p.getText();
  }

  /** Reads a JSON number exactly, never through {@code double}. */
  public static BigDecimal decimal(JsonParser p, Class<?> type, String expected)
      throws IOException {
    if (!p.currentToken().isNumeric()) {
      throw ReadErrors.wrongType(p, type, expected);
    }
    BigDecimal value;
    try {
      value = p.getDecimalValue();
    } catch (NumberFormatException e) { // an exponent beyond the int range
      throw ReadErrors.invalid(p, type, p.getText(), TOO_LONG);
    }
    return checked(p, type, value);
  }

  /** Reads a JSON number, or a JSON string holding a decimal number such as "12.50". */
  public static BigDecimal decimalOrText(JsonParser p, Class<?> type, String expected)
      throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      return decimal(p, type, expected);
    }
    String text = p.getText();
    if (text.length() > MAX_DIGITS) {
      throw ReadErrors.invalid(
          p, type, text, "expected " + expected + " of at most " + MAX_DIGITS + " characters");
    }
    try {
      return checked(p, type, new BigDecimal(text));
    } catch (NumberFormatException e) {
      throw ReadErrors.invalid(p, type, text, "expected " + expected);
    }
  }

  /** Reads a JSON number without fraction that fits an {@code int}. */
  static int wholeNumber(JsonParser p, Class<?> type, String expected) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      throw ReadErrors.wrongType(p, type, expected);
    }
    if (p.getNumberType() != JsonParser.NumberType.INT) {
      throw ReadErrors.invalid(p, type, p.getDecimalValue(), "out of range; expected " + expected);
    }
    return p.getIntValue();
  }

  /** Reads an ISO date, such as "2026-07-01". */
  static LocalDate date(JsonParser p, Class<?> type) throws IOException {
    String text = text(p, type, DATE);
    if (text.length() > MAX_DATE_LENGTH) {
      throw ReadErrors.invalid(p, type, text, "expected " + DATE);
    }
    LocalDate date;
    try {
      date = LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw ReadErrors.invalid(p, type, text, "expected " + DATE + ": " + e.getMessage());
    }
    if (!inYears(date)) {
      throw ReadErrors.invalid(p, type, text, "out of range; expected " + DATE + ", " + YEARS);
    }
    return date;
  }

  /** What JSON dates may be: the signed years of five or more digits ISO allows are refused. */
  static final String YEARS = "in the years 0001 to 9999";

  static boolean inYears(LocalDate date) {
    return date.getYear() >= 1 && date.getYear() <= 9999;
  }

  /** Refuses a date range with a date outside {@link #YEARS}, as a text form's reason. */
  static DateRange inYears(DateRange range) {
    for (LocalDate date : List.of(range.start(), range.end())) {
      if (!inYears(date)) {
        throw new IllegalArgumentException(
            "the date " + date + " is out of range; dates must be " + YEARS);
      }
    }
    return range;
  }

  /** Reads a JSON array, each element with {@code element}. */
  static <T> List<T> array(
      JsonParser p, DeserializationContext ctxt, Class<?> type, String expected, Element<T> element)
      throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw ReadErrors.wrongType(p, type, expected);
    }
    List<T> values = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      values.add(element.read(p, ctxt));
    }
    return values;
  }

  private static BigDecimal checked(JsonParser p, Class<?> type, BigDecimal value)
      throws IOException {
    long decimals = value.scale();
    long integerDigits = (long) value.precision() - decimals;
    if (decimals > MAX_DIGITS || integerDigits > MAX_DIGITS) {
      throw ReadErrors.invalid(p, type, value, TOO_LONG);
    }
    return value;
  }
}
