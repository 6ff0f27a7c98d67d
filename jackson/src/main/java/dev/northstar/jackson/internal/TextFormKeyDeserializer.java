package dev.northstar.jackson.internal;

import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import java.io.IOException;
import java.util.function.Function;

/**
 * Reads a map key from its canonical text, so that maps keyed by ids ({@code Map<GoalId, ...>}) can
 * be read; keys are written with {@code toString()}, which is that text.
 */
final class TextFormKeyDeserializer extends KeyDeserializer {

  private final Class<?> type;
  private final Function<String, ?> parse;

  TextFormKeyDeserializer(Class<?> type, Function<String, ?> parse) {
    this.type = type;
    this.parse = parse;
  }

  @Override
  public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
    try {
      return parse.apply(key);
    } catch (IllegalArgumentException | NullPointerException e) {
      return ctxt.handleWeirdKey(type, key, "%s", String.valueOf(e.getMessage()));
    }
  }
}
