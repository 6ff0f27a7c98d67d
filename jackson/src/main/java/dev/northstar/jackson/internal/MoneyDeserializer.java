package dev.northstar.jackson.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import dev.northstar.core.money.Money;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

/**
 * Reads {@code {"amount": 12.50, "currency": "USD"}}; the amount may also be a string ("12.50") and
 * is read exactly.
 */
final class MoneyDeserializer extends StrictDeserializer<Money> {

  private static final long serialVersionUID = 1L;

  static final MoneyDeserializer INSTANCE = new MoneyDeserializer();

  private static final Shape SHAPE =
      new Shape(
          Money.class,
          "a money object such as {\"amount\": 12.50, \"currency\": \"USD\"}",
          List.of("amount", "currency"),
          List.of("amount", "currency"));

  private static final String AMOUNT = "an amount such as 12.50";
  private static final String CURRENCY = "an ISO 4217 currency code such as USD or EUR";

  private MoneyDeserializer() {
    super(Money.class);
  }

  @Override
  protected Money read(JsonParser p, DeserializationContext ctxt) throws IOException {
    Fields fields = Fields.begin(p, ctxt, SHAPE);
    Located<BigDecimal> amount = null;
    Currency currency = null;
    for (String field = fields.next(); field != null; field = fields.next()) {
      if (field.equals("amount")) {
        amount = Located.read(p, field, () -> Reads.decimalOrText(p, Money.class, AMOUNT));
      } else {
        currency = currency(p);
      }
    }
    Located<BigDecimal> checkedAmount = fields.require(amount, "amount");
    Currency checkedCurrency = fields.require(currency, "currency");
    return ReadErrors.attempt(
        p, checkedAmount, Money.class, () -> Money.of(checkedAmount.value(), checkedCurrency));
  }

  private static Currency currency(JsonParser p) throws IOException {
    String code = Reads.text(p, Money.class, CURRENCY);
    try {
      return Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      throw ReadErrors.invalid(p, Money.class, code, "expected " + CURRENCY);
    }
  }
}
