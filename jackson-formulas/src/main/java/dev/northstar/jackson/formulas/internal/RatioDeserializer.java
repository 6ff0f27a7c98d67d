package dev.northstar.jackson.formulas.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import dev.northstar.formulas.ratio.MoneyRatio;
import dev.northstar.formulas.ratio.Ratio;
import dev.northstar.jackson.internal.Fields;
import dev.northstar.jackson.internal.Located;
import dev.northstar.jackson.internal.ReadErrors;
import dev.northstar.jackson.internal.Reads;
import dev.northstar.jackson.internal.Shape;
import dev.northstar.jackson.internal.StrictDeserializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads {@code {"numerator": 150, "denominator": 3000, "value": 0.05}}, and with {@code "currency"}
 * a {@link MoneyRatio}. The operands are required and read exactly (a JSON number or a string
 * holding one); {@code value} is optional, and when given must be the quotient as written (16
 * significant digits), or null for an undefined ratio.
 *
 * @param <T> {@link Ratio} or {@link MoneyRatio}
 */
final class RatioDeserializer<T> extends StrictDeserializer<T> {

  private static final long serialVersionUID = 1L;

  private static final Shape RATIO_SHAPE =
      new Shape(
          Ratio.class,
          "a ratio object such as {\"numerator\": 150, \"denominator\": 3000}",
          List.of("numerator", "denominator", "value"),
          List.of("numerator", "denominator"));

  private static final Shape MONEY_RATIO_SHAPE =
      new Shape(
          MoneyRatio.class,
          "a money ratio object such as {\"numerator\": 500, \"denominator\": 250,"
              + " \"currency\": \"USD\"}",
          List.of("numerator", "denominator", "currency", "value"),
          List.of("numerator", "denominator", "currency"));

  static final RatioDeserializer<Ratio> RATIO = new RatioDeserializer<>(Ratio.class);

  static final RatioDeserializer<MoneyRatio> MONEY_RATIO =
      new RatioDeserializer<>(MoneyRatio.class);

  private static final String NUMBER = "a decimal number such as 150 or 12.50";
  private static final String CURRENCY = "an ISO 4217 currency code such as USD or EUR";

  private RatioDeserializer(Class<T> type) {
    super(type);
  }

  @Override
  protected T read(JsonParser p, DeserializationContext ctxt) throws IOException {
    Fields fields =
        Fields.begin(p, ctxt, type() == MoneyRatio.class ? MONEY_RATIO_SHAPE : RATIO_SHAPE);
    Located<BigDecimal> numerator = null;
    Located<BigDecimal> denominator = null;
    Located<BigDecimal> value = null;
    Currency currency = null;
    for (String field = fields.next(); field != null; field = fields.next()) {
      switch (field) {
        case "numerator" ->
            numerator = Located.read(p, field, () -> Reads.decimalOrText(p, type(), NUMBER));
        case "denominator" ->
            denominator = Located.read(p, field, () -> Reads.decimalOrText(p, type(), NUMBER));
        case "value" -> value = Located.read(p, field, () -> Reads.decimal(p, type(), NUMBER));
        default -> currency = currency(p);
      }
    }
    Located<BigDecimal> n = fields.require(numerator, "numerator");
    Located<BigDecimal> d = fields.require(denominator, "denominator");
    @Nullable Currency c = type() == MoneyRatio.class ? fields.require(currency, "currency") : null;
    Ratio ratio = ReadErrors.attempt(p, d, type(), () -> Ratio.of(n.value(), d.value()));
    if (value != null) {
      check(p, ratio, value);
    }
    return type().cast(c == null ? ratio : MoneyRatio.of(ratio, c));
  }

  private void check(JsonParser p, Ratio ratio, Located<BigDecimal> value) throws IOException {
    Optional<BigDecimal> expected = ratio.value();
    if (expected.isEmpty()) {
      throw ReadErrors.invalid(
          p,
          value.site(),
          type(),
          value.value(),
          "the ratio "
              + ratio
              + " is undefined (zero denominator), so value must be null or absent");
    }
    if (expected.get().compareTo(value.value()) != 0) {
      throw ReadErrors.invalid(
          p,
          value.site(),
          type(),
          value.value(),
          "value must be numerator / denominator to 16 significant digits, "
              + expected.get().toPlainString()
              + ", or be absent");
    }
  }

  private Currency currency(JsonParser p) throws IOException {
    String code = Reads.text(p, type(), CURRENCY);
    try {
      return Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      throw ReadErrors.invalid(p, type(), code, "expected " + CURRENCY);
    }
  }
}
