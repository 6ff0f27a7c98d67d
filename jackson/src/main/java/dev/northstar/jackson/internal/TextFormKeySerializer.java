package dev.northstar.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.function.Function;

/**
 * Writes a map key as the value's JSON text, the same text as {@link TextFormSerializer} writes for
 * values.
 *
 * @param <T> the key type
 */
final class TextFormKeySerializer<T> extends StdSerializer<T> {

  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // method references are not serialized in practice
  private final Function<T, String> format;

  TextFormKeySerializer(Class<T> type, Function<T, String> format) {
    super(type);
    this.format = format;
  }

  @Override
  public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
    g.writeFieldName(format.apply(value));
  }
}
