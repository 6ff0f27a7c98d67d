package dev.northstar.jackson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** Reading and writing with {@link NorthstarJson#mapper()} in tests. */
final class Json {

  static final JsonMapper MAPPER = NorthstarJson.mapper();

  private Json() {}

  /** Writes a value with the Northstar mapper. */
  static String write(Object value) throws JsonProcessingException {
    return MAPPER.writeValueAsString(value);
  }

  /** Reads a value with the Northstar mapper. */
  static <T> T read(String json, Class<T> type) throws JsonProcessingException {
    return MAPPER.readValue(json, type);
  }

  /** Returns compact test JSON written with single quotes as real JSON: {@code {'a': 1}}. */
  static String json(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }
}
