package dev.northstar.jackson.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import dev.northstar.core.metric.MetricId;
import dev.northstar.core.scope.Scope;
import dev.northstar.core.series.MetricSeries;
import dev.northstar.core.series.Observation;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code {"metric": ..., "scope": {...}, "observations": [...]}}; "metric" and "observations"
 * are required. Two observations of one date are an error naming both.
 */
final class MetricSeriesDeserializer extends StrictDeserializer<MetricSeries> {

  private static final long serialVersionUID = 1L;

  static final MetricSeriesDeserializer INSTANCE = new MetricSeriesDeserializer();

  private static final Shape SHAPE =
      new Shape(
          MetricSeries.class,
          "a metric series object",
          List.of("metric", "scope", "observations"),
          List.of("metric", "observations"));

  private MetricSeriesDeserializer() {
    super(MetricSeries.class);
  }

  @Override
  protected MetricSeries read(JsonParser p, DeserializationContext ctxt) throws IOException {
    Fields fields = Fields.begin(p, ctxt, SHAPE);
    MetricId metric = null;
    Scope scope = Scope.unspecified();
    List<Observation> observations = null;
    for (String field = fields.next(); field != null; field = fields.next()) {
      switch (field) {
        case "metric" -> metric = TextForms.METRIC_ID.read(p, ctxt);
        case "scope" -> scope = ScopeDeserializer.INSTANCE.read(p, ctxt);
        case "observations" -> observations = observations(p, ctxt);
      }
    }
    MetricId checkedMetric = fields.require(metric, "metric");
    List<Observation> checkedObservations = fields.require(observations, "observations");
    Scope checkedScope = scope;
    return ReadErrors.attempt(
        p,
        MetricSeries.class,
        checkedMetric.value(),
        () -> MetricSeries.of(checkedMetric, checkedScope, checkedObservations));
  }

  private static List<Observation> observations(JsonParser p, DeserializationContext ctxt)
      throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw ReadErrors.wrongType(p, MetricSeries.class, "an array of observations");
    }
    String arrayPath = JsonPaths.of(p);
    Map<LocalDate, Integer> indexByDate = new HashMap<>();
    List<Observation> observations = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      Site date = new Site("date", -1, p.currentTokenLocation());
      Observation observation = ObservationDeserializer.INSTANCE.read(p, ctxt);
      Integer first = indexByDate.putIfAbsent(observation.date(), observations.size());
      if (first != null) {
        throw ReadErrors.invalid(
            p,
            date,
            MetricSeries.class,
            observation.date().toString(),
            "a series has one value per date, but "
                + JsonPaths.index(arrayPath, first)
                + " has this date too (values "
                + observations.get(first).value().toPlainString()
                + " and "
                + observation.value().toPlainString()
                + ")");
      }
      observations.add(observation);
    }
    return observations;
  }
}
