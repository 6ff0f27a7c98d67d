package dev.northstar.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * Writes an enum constant as its lower snake case name, such as "brand_awareness".
 *
 * @param <E> the enum type
 */
final class SnakeCaseEnumSerializer<E extends Enum<E>> extends StdSerializer<E> {

  private static final long serialVersionUID = 1L;

  SnakeCaseEnumSerializer(Class<E> type) {
    super(type);
  }

  @Override
  public void serialize(E value, JsonGenerator g, SerializerProvider provider) throws IOException {
    g.writeString(SnakeCase.of(value));
  }
}
