package dev.northstar.jackson.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonTokenId;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The exceptions of strict reading, all with one message shape: the JSON path, what is wrong with
 * the value found there, and what is allowed, such as
 *
 * <pre>
 * $.goals[1].target.percent: invalid value -15; percent must be greater than 0, but was -15
 * </pre>
 *
 * <p>Jackson appends the line and column. Values are shortened to {@value #MAX_VALUE} characters,
 * so hostile input cannot flood a log.
 */
public final class ReadErrors {

  private static final int MAX_VALUE = 80;

  private ReadErrors() {}

  /** The value at the parser's token is of the wrong JSON type (or null where not allowed). */
  public static MismatchedInputException wrongType(JsonParser p, Class<?> type, String expected)
      throws IOException {
    return MismatchedInputException.from(
        p, type, JsonPaths.of(p) + ": expected " + expected + ", but was " + describe(p));
  }

  /**
   * The object just ended without a required field; {@code required} says what the object needs,
   * such as "required fields: id, statement".
   */
  public static MismatchedInputException missing(
      JsonParser p, Class<?> type, String field, String required) {
    return MismatchedInputException.from(
        p, type, JsonPaths.of(p) + ": missing required field " + quote(field) + "; " + required);
  }

  /** The parser is at the name of a field the object does not have. */
  public static UnrecognizedPropertyException unknownField(
      JsonParser p, Class<?> type, String field, List<String> allowed) {
    return new UnrecognizedPropertyException(
        p,
        JsonPaths.of(p)
            + ": unknown field "
            + quote(field)
            + "; allowed fields: "
            + String.join(", ", allowed),
        p.currentTokenLocation(),
        type,
        field,
        null); // the message lists the allowed fields; known ids would repeat them
  }

  /**
   * A field read at {@code site} is not allowed in the object the parser has just read, given the
   * object's other fields; {@code allowed} says which fields are.
   */
  public static UnrecognizedPropertyException unknownField(
      JsonParser p, Site site, Class<?> type, String allowed) {
    return new UnrecognizedPropertyException(
        p,
        site.pathFrom(JsonPaths.of(p)) + ": unknown field " + quote(site.field()) + "; " + allowed,
        site.location(),
        type,
        site.field(),
        null); // the message lists the allowed fields; known ids would repeat them
  }

  /** The value at the parser's token is refused; {@code reason} says what is allowed. */
  public static InvalidFormatException invalid(
      JsonParser p, Class<?> type, Object value, String reason) {
    return InvalidFormatException.from(p, message(JsonPaths.of(p), value, reason), value, type);
  }

  /**
   * The value at a site of the object the parser has just read is refused; {@code reason} says what
   * is allowed.
   */
  public static InvalidFormatException invalid(
      JsonParser p, Site site, Class<?> type, Object value, String reason) {
    return new LocatedInvalidFormatException(
        p, message(site.pathFrom(JsonPaths.of(p)), value, reason), value, type, site.location());
  }

  /**
   * Runs a core factory on the value at the parser's token, turning its refusal into a located
   * {@link InvalidFormatException} that carries the core message.
   */
  public static <T> T attempt(JsonParser p, Class<?> type, Object value, Supplier<T> factory)
      throws InvalidFormatException {
    try {
      return factory.get();
    } catch (IllegalArgumentException
        | NullPointerException
        | DateTimeException
        | ArithmeticException e) {
      throw withCause(invalid(p, type, value, reason(e)), e);
    }
  }

  /**
   * Runs a core factory that may refuse the value at a site of the object the parser has just read,
   * blaming that site.
   */
  public static <T> T attempt(
      JsonParser p, Site site, Class<?> type, Object value, Supplier<T> factory)
      throws InvalidFormatException {
    try {
      return factory.get();
    } catch (IllegalArgumentException
        | NullPointerException
        | DateTimeException
        | ArithmeticException e) {
      throw withCause(invalid(p, site, type, value, reason(e)), e);
    }
  }

  /** Runs a core factory that may refuse a value read earlier, blaming where it was read. */
  public static <T> T attempt(JsonParser p, Located<?> blamed, Class<?> type, Supplier<T> factory)
      throws InvalidFormatException {
    return attempt(p, blamed.site(), type, blamed.value(), factory);
  }

  /** Adds the path to an error of the JSON parser, such as a duplicate field. */
  public static JsonParseException located(JsonParser p, JsonParseException e) {
    return new JsonParseException(
        p, JsonPaths.of(p) + ": " + e.getOriginalMessage(), locationOf(p, e.getLocation()), e);
  }

  /** Adds the path to an input limit's refusal, such as a string too long. */
  public static StreamConstraintsException located(JsonParser p, StreamConstraintsException e) {
    // No cause: this exception type fixes its cause to null; the message and location are kept.
    return new StreamConstraintsException(
        JsonPaths.of(p) + ": " + e.getOriginalMessage(), locationOf(p, e.getLocation()));
  }

  /** Returns a value as shown in messages: numbers plain, anything else as a quoted string. */
  public static String show(Object value) {
    if (value instanceof BigDecimal number) {
      boolean shortWhenPlain =
          Math.abs((long) number.scale()) <= Reads.MAX_DIGITS
              && number.precision() <= 2 * Reads.MAX_DIGITS;
      return shortWhenPlain ? number.toPlainString() : number.toString();
    }
    if (value instanceof Number || value instanceof Collection) {
      return value.toString();
    }
    return quote(value.toString());
  }

  /** Returns text in double quotes, JSON-escaped and shortened. */
  public static String quote(String text) {
    String shown = text.length() <= MAX_VALUE ? text : text.substring(0, MAX_VALUE - 3) + "...";
    return '"' + new String(JsonStringEncoder.getInstance().quoteAsString(shown)) + '"';
  }

  private static String message(String path, Object value, String reason) {
    return path + ": invalid value " + show(value) + "; " + reason;
  }

  private static String reason(RuntimeException e) {
    String message = e.getMessage();
    return message == null ? e.getClass().getName() : message;
  }

  private static <E extends Exception> E withCause(E exception, Throwable cause) {
    exception.initCause(cause);
    return exception;
  }

  private static JsonLocation locationOf(JsonParser p, @Nullable JsonLocation location) {
    return location != null ? location : p.currentLocation();
  }

  private static String describe(JsonParser p) throws IOException {
    return switch (p.currentTokenId()) {
      case JsonTokenId.ID_STRING -> "a string " + quote(p.getText());
      case JsonTokenId.ID_NUMBER_INT, JsonTokenId.ID_NUMBER_FLOAT -> "a number " + p.getText();
      case JsonTokenId.ID_TRUE -> "true";
      case JsonTokenId.ID_FALSE -> "false";
      case JsonTokenId.ID_NULL -> "null";
      case JsonTokenId.ID_START_OBJECT -> "an object";
      case JsonTokenId.ID_START_ARRAY -> "an array";
      default -> p.currentToken() == null ? "the end of the input" : p.currentToken().toString();
    };
  }
}
