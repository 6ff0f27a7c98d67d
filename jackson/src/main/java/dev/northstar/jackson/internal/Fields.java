package dev.northstar.jackson.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Walks the fields of one JSON object, in any order, checked against its {@link Shape}.
 *
 * <p>An unknown field is an error naming the allowed fields, unless {@link
 * DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES} is disabled, when it is skipped. A null value
 * of an optional field counts as absent; a null value of a required field is left to the field's
 * reader, which refuses it. Duplicate fields are refused by the parser ({@code
 * STRICT_DUPLICATE_DETECTION}).
 *
 * <pre>{@code
 * Fields fields = Fields.begin(p, ctxt, SHAPE);
 * for (String field = fields.next(); field != null; field = fields.next()) {
 *   switch (field) { ... }   // the parser is at the field's value
 * }
 * // the parser is at the object's end: check required fields, build the value
 * }</pre>
 */
public final class Fields {

  private final JsonParser p;
  private final DeserializationContext ctxt;
  private final Shape shape;
  private boolean started;

  private Fields(JsonParser p, DeserializationContext ctxt, Shape shape) {
    this.p = p;
    this.ctxt = ctxt;
    this.shape = shape;
  }

  /**
   * Starts reading the object at the parser's token.
   *
   * @throws MismatchedInputException if the token does not start an object
   */
  public static Fields begin(JsonParser p, DeserializationContext ctxt, Shape shape)
      throws IOException {
    JsonToken token = p.currentToken();
    if (token != JsonToken.START_OBJECT
        && token != JsonToken.FIELD_NAME
        && token != JsonToken.END_OBJECT) {
      throw ReadErrors.wrongType(p, shape.type(), shape.description());
    }
    return new Fields(p, ctxt, shape);
  }

  /**
   * Moves to the value of the next field and returns the field's name, or returns null at the end
   * of the object.
   */
  public @Nullable String next() throws IOException {
    while (true) {
      if (advance() != JsonToken.FIELD_NAME) {
        return null;
      }
      String name = p.currentName();
      if (!shape.fields().contains(name)) {
        if (ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)) {
          throw ReadErrors.unknownField(p, shape.type(), name, shape.fields());
        }
        p.nextToken();
        p.skipChildren();
        continue;
      }
      if (p.nextToken() == JsonToken.VALUE_NULL && !shape.required().contains(name)) {
        continue;
      }
      return name;
    }
  }

  private @Nullable JsonToken advance() throws IOException {
    if (started) {
      return p.nextToken();
    }
    started = true;
    return p.currentToken() == JsonToken.START_OBJECT ? p.nextToken() : p.currentToken();
  }

  /**
   * Returns a required field's value, read by the end of the object.
   *
   * @throws MismatchedInputException naming the field if it was absent
   */
  public <T> T require(@Nullable T value, String field) throws MismatchedInputException {
    if (value == null) {
      throw ReadErrors.missing(
          p, shape.type(), field, "required fields: " + String.join(", ", shape.required()));
    }
    return value;
  }
}
