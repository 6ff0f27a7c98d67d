package dev.northstar.jackson.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import dev.northstar.core.metric.Accumulation;
import dev.northstar.core.metric.Additivity;
import dev.northstar.core.metric.Aggregation;
import dev.northstar.core.metric.MetricDefinition;
import dev.northstar.core.metric.MetricId;
import dev.northstar.core.metric.MetricUnit;
import dev.northstar.core.metric.Polarity;
import dev.northstar.core.scope.Platform;
import java.io.IOException;
import java.util.List;

/**
 * Reads a metric definition; only "id" is required, the other fields have the defaults of {@link
 * MetricDefinition#builder}. A SUM default aggregation of a metric that is not additive is blamed
 * on "defaultAggregation".
 */
final class MetricDefinitionDeserializer extends StrictDeserializer<MetricDefinition> {

  private static final long serialVersionUID = 1L;

  static final MetricDefinitionDeserializer INSTANCE = new MetricDefinitionDeserializer();

  private static final Shape SHAPE =
      new Shape(
          MetricDefinition.class,
          "a metric definition object",
          List.of(
              "id",
              "name",
              "description",
              "unit",
              "polarity",
              "additivity",
              "defaultAggregation",
              "accumulation",
              "availableOn"),
          List.of("id"));

  private MetricDefinitionDeserializer() {
    super(MetricDefinition.class);
  }

  @Override
  protected MetricDefinition read(JsonParser p, DeserializationContext ctxt) throws IOException {
    Fields fields = Fields.begin(p, ctxt, SHAPE);
    MetricId id = null;
    Located<String> name = null;
    String description = null;
    MetricUnit unit = null;
    Polarity polarity = null;
    Additivity additivity = null;
    Located<Aggregation> aggregation = null;
    Located<Accumulation> accumulation = null;
    List<Platform> availableOn = List.of();
    for (String field = fields.next(); field != null; field = fields.next()) {
      switch (field) {
        case "id" -> id = TextForms.METRIC_ID.read(p, ctxt);
        case "name" ->
            name = Located.read(p, field, () -> Reads.text(p, MetricDefinition.class, "a name"));
        case "description" -> description = Reads.text(p, MetricDefinition.class, "a description");
        case "unit" -> unit = Enums.METRIC_UNIT.read(p, ctxt);
        case "polarity" -> polarity = Enums.POLARITY.read(p, ctxt);
        case "additivity" -> additivity = Enums.ADDITIVITY.read(p, ctxt);
        case "defaultAggregation" ->
            aggregation = Located.read(p, field, () -> Enums.AGGREGATION.read(p, ctxt));
        case "accumulation" ->
            accumulation = Located.read(p, field, () -> Enums.ACCUMULATION.read(p, ctxt));
        case "availableOn" ->
            availableOn =
                Reads.array(
                    p,
                    ctxt,
                    MetricDefinition.class,
                    "an array of platform ids",
                    TextForms.PLATFORM::read);
      }
    }
    MetricId checkedId = fields.require(id, "id");
    MetricDefinition.Builder definition =
        MetricDefinition.builder(checkedId).availableOn(availableOn);
    if (name != null) {
      definition.name(name.value());
      check(p, name, definition);
    }
    if (description != null) {
      definition.description(description);
    }
    if (unit != null) {
      definition.unit(unit);
    }
    if (polarity != null) {
      definition.polarity(polarity);
    }
    if (additivity != null) {
      definition.additivity(additivity);
    }
    if (aggregation != null) {
      definition.defaultAggregation(aggregation.value());
      check(p, aggregation, definition);
    }
    if (accumulation != null) {
      definition.accumulation(accumulation.value());
      check(p, accumulation, definition);
    }
    return ReadErrors.attempt(p, MetricDefinition.class, checkedId.value(), definition::build);
  }

  /** Builds the definition as set so far, blaming a refusal on the field set last. */
  private static MetricDefinition check(
      JsonParser p, Located<?> setLast, MetricDefinition.Builder definition) throws IOException {
    return ReadErrors.attempt(p, setLast, MetricDefinition.class, definition::build);
  }
}
