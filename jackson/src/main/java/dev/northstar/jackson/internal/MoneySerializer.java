package dev.northstar.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.northstar.core.money.Money;
import java.io.IOException;

/** Writes {@code {"amount": 12.50, "currency": "USD"}}, the amount as given. */
final class MoneySerializer extends StdSerializer<Money> {

  private static final long serialVersionUID = 1L;

  static final MoneySerializer INSTANCE = new MoneySerializer();

  private MoneySerializer() {
    super(Money.class);
  }

  @Override
  public void serialize(Money money, JsonGenerator g, SerializerProvider provider)
      throws IOException {
    g.writeStartObject(money);
    Writes.decimal(g, "amount", money.amount());
    g.writeStringField("currency", money.currency().getCurrencyCode());
    g.writeEndObject();
  }
}
