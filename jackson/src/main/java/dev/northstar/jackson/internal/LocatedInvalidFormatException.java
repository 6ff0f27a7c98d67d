package dev.northstar.jackson.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

/**
 * An {@link InvalidFormatException} located at a value read before the parser's current token: a
 * field blamed once its whole object has been read.
 */
final class LocatedInvalidFormatException extends InvalidFormatException {

  private static final long serialVersionUID = 1L;

  LocatedInvalidFormatException(
      JsonParser p, String message, Object value, Class<?> type, JsonLocation location) {
    super(p, message, value, type);
    _location = location;
  }
}
