package dev.northstar.jackson.formulas.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.northstar.formulas.ratio.MoneyRatio;
import dev.northstar.jackson.internal.Writes;
import java.io.IOException;

/**
 * Writes {@code {"numerator": 500, "denominator": 250, "currency": "USD", "value": 2}}: the exact
 * amount and units, the currency of the amount, and the amount per unit to 16 significant digits
 * (unrounded to the currency) or null when undefined.
 */
final class MoneyRatioSerializer extends StdSerializer<MoneyRatio> {

  private static final long serialVersionUID = 1L;

  static final MoneyRatioSerializer INSTANCE = new MoneyRatioSerializer();

  private MoneyRatioSerializer() {
    super(MoneyRatio.class);
  }

  @Override
  public void serialize(MoneyRatio ratio, JsonGenerator g, SerializerProvider provider)
      throws IOException {
    g.writeStartObject(ratio);
    Writes.decimal(g, "numerator", ratio.ratio().numerator());
    Writes.decimal(g, "denominator", ratio.ratio().denominator());
    g.writeStringField("currency", ratio.currency().getCurrencyCode());
    RatioSerializer.value(g, "value", ratio.decimalValue());
    g.writeEndObject();
  }
}
