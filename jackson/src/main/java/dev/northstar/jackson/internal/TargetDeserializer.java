package dev.northstar.jackson.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import dev.northstar.core.goal.Target;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads a target: an object of a kind and its numbers, in any order, such as {@code {"kind":
 * "multiply", "factor": 2}}, or the canonical text as a string, such as "multiply by 2".
 *
 * <p>A number field that does not belong to the kind is an unknown field; a missing one is a
 * missing field. Registered for {@link Target} and for each of its record types, which accept only
 * their own kinds.
 *
 * @param <T> {@link Target} or one of its record types
 */
final class TargetDeserializer<T extends Target> extends StrictDeserializer<T> {

  private static final long serialVersionUID = 1L;

  static final TargetDeserializer<Target> INSTANCE = new TargetDeserializer<>(Target.class);

  /** The deserializers of the record types. */
  static final List<TargetDeserializer<?>> RECORD_TYPES =
      List.of(
          new TargetDeserializer<>(Target.ChangeByPercent.class),
          new TargetDeserializer<>(Target.ChangeTo.class),
          new TargetDeserializer<>(Target.Multiply.class),
          new TargetDeserializer<>(Target.Total.class),
          new TargetDeserializer<>(Target.Band.class),
          new TargetDeserializer<>(Target.Milestone.class));

  private static final SnakeCaseEnumDeserializer<TargetKind> KIND =
      new SnakeCaseEnumDeserializer<>(TargetKind.class, "a target kind");

  private static final Shape SHAPE =
      new Shape(
          Target.class,
          "a target object such as {\"kind\": \"increase_by_percent\", \"percent\": 20}, or a"
              + " target text such as \"increase by 20%\"",
          Stream.concat(Stream.of("kind"), TargetKind.NUMBER_FIELDS.stream())
              .collect(Collectors.toList()),
          List.of("kind"));

  private TargetDeserializer(Class<T> type) {
    super(type);
  }

  @Override
  protected T read(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      String text = p.getText();
      Target target = ReadErrors.attempt(p, type(), text, () -> Target.parse(text));
      if (!type().isInstance(target)) {
        throw ReadErrors.invalid(p, type(), text, "expected " + kindsOf(type()));
      }
      return type().cast(target);
    }
    Fields fields = Fields.begin(p, ctxt, SHAPE);
    Located<TargetKind> kind = null;
    Map<String, Located<BigDecimal>> numbers = new LinkedHashMap<>();
    for (String field = fields.next(); field != null; field = fields.next()) {
      if (field.equals("kind")) {
        kind = Located.read(p, field, () -> KIND.read(p, ctxt));
      } else {
        numbers.put(field, Located.read(p, field, () -> Reads.decimal(p, type(), "a number")));
      }
    }
    Located<TargetKind> checkedKind = fields.require(kind, "kind");
    if (!type().isAssignableFrom(checkedKind.value().type())) {
      throw ReadErrors.invalid(
          p,
          checkedKind.site(),
          type(),
          SnakeCase.of(checkedKind.value()),
          "expected " + kindsOf(type()));
    }
    return type().cast(create(p, ctxt, checkedKind, numbers));
  }

  private Target create(
      JsonParser p,
      DeserializationContext ctxt,
      Located<TargetKind> kind,
      Map<String, Located<BigDecimal>> numbers)
      throws IOException {
    List<String> kindFields = kind.value().fields();
    String what = "kind " + ReadErrors.quote(SnakeCase.of(kind.value()));
    for (Located<BigDecimal> number : numbers.values()) {
      if (!kindFields.contains(number.site().field())
          && ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)) {
        throw ReadErrors.unknownField(
            p, number.site(), type(), "fields of " + what + ": " + fieldsOf(kind.value()));
      }
    }
    List<Located<BigDecimal>> arguments = new ArrayList<>(kindFields.size());
    for (String field : kindFields) {
      Located<BigDecimal> number = numbers.get(field);
      if (number == null) {
        throw ReadErrors.missing(
            p, type(), field, what + " has the fields " + fieldsOf(kind.value()));
      }
      arguments.add(number);
    }
    if (arguments.size() > 1) {
      // Check each bound alone first (stayAbove only checks a number's digits), so that a
      // refused bound is blamed on its own field and "upper not above lower" on "upper".
      for (Located<BigDecimal> bound : arguments) {
        ReadErrors.attempt(p, bound, type(), () -> Target.stayAbove(bound.value()));
      }
    }
    Located<?> blamed = arguments.isEmpty() ? kind : arguments.get(arguments.size() - 1);
    List<BigDecimal> values = arguments.stream().map(Located::value).collect(Collectors.toList());
    return ReadErrors.attempt(p, blamed, type(), () -> kind.value().create(values));
  }

  private static String fieldsOf(TargetKind kind) {
    return Stream.concat(Stream.of("kind"), kind.fields().stream())
        .collect(Collectors.joining(", "));
  }

  private static String kindsOf(Class<?> type) {
    return "a target of kind "
        + Stream.of(TargetKind.values())
            .filter(k -> type.isAssignableFrom(k.type()))
            .map(SnakeCase::of)
            .collect(Collectors.joining(" or "));
  }
}
