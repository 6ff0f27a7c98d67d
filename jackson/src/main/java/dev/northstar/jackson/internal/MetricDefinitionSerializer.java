package dev.northstar.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.northstar.core.metric.Accumulation;
import dev.northstar.core.metric.MetricDefinition;
import java.io.IOException;

/**
 * Writes a metric definition's fields in a fixed order: id, name, description, unit, polarity,
 * additivity, defaultAggregation, accumulation, availableOn. An empty description, an accumulation
 * equal to the one derived from the additivity and unit, and an empty availableOn (every platform)
 * are omitted.
 */
final class MetricDefinitionSerializer extends StdSerializer<MetricDefinition> {

  private static final long serialVersionUID = 1L;

  static final MetricDefinitionSerializer INSTANCE = new MetricDefinitionSerializer();

  private MetricDefinitionSerializer() {
    super(MetricDefinition.class);
  }

  @Override
  public void serialize(MetricDefinition definition, JsonGenerator g, SerializerProvider provider)
      throws IOException {
    g.writeStartObject(definition);
    g.writeStringField("id", definition.id().value());
    g.writeStringField("name", definition.name());
    if (!definition.description().isEmpty()) {
      g.writeStringField("description", definition.description());
    }
    Writes.snakeCase(g, "unit", definition.unit());
    Writes.snakeCase(g, "polarity", definition.polarity());
    Writes.snakeCase(g, "additivity", definition.additivity());
    Writes.snakeCase(g, "defaultAggregation", definition.defaultAggregation());
    if (definition.accumulation()
        != Accumulation.defaultFor(definition.additivity(), definition.unit())) {
      Writes.snakeCase(g, "accumulation", definition.accumulation());
    }
    if (!definition.availableOn().isEmpty()) {
      Writes.texts(g, "availableOn", definition.availableOn());
    }
    g.writeEndObject();
  }
}
