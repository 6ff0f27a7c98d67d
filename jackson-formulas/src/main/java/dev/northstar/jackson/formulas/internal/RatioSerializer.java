package dev.northstar.jackson.formulas.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.northstar.formulas.ratio.Ratio;
import dev.northstar.jackson.internal.Writes;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Writes {@code {"numerator": 150, "denominator": 3000, "value": 0.05}}: the exact operands, and
 * the quotient to 16 significant digits or null when the ratio is undefined.
 */
final class RatioSerializer extends StdSerializer<Ratio> {

  private static final long serialVersionUID = 1L;

  static final RatioSerializer INSTANCE = new RatioSerializer();

  private RatioSerializer() {
    super(Ratio.class);
  }

  @Override
  public void serialize(Ratio ratio, JsonGenerator g, SerializerProvider provider)
      throws IOException {
    g.writeStartObject(ratio);
    fields(g, ratio);
    g.writeEndObject();
  }

  /** Writes the numerator, denominator and value fields of a ratio. */
  static void fields(JsonGenerator g, Ratio ratio) throws IOException {
    Writes.decimal(g, "numerator", ratio.numerator());
    Writes.decimal(g, "denominator", ratio.denominator());
    value(g, "value", ratio.value());
  }

  /** Writes a number field in plain notation, or null. */
  static void value(JsonGenerator g, String field, Optional<BigDecimal> value) throws IOException {
    if (value.isPresent()) {
      Writes.decimal(g, field, value.get());
    } else {
      g.writeNullField(field);
    }
  }
}
