package dev.northstar.jackson;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.northstar.jackson.internal.Codecs;
import dev.northstar.jackson.internal.ModuleVersions;

/**
 * A Jackson module that reads and writes every Northstar core value type in the documented JSON
 * format ({@code docs/json-format.md}).
 *
 * <p>It covers goals ({@code Goal}, {@code GoalId}, {@code Owner}, {@code Baseline}, {@code Target}
 * and its record types), hierarchies ({@code GoalHierarchy}), tactics ({@code Tactic}, {@code
 * TacticId}, {@code Recurrence}, {@code Priority}), metrics ({@code MetricId}, {@code
 * MetricDefinition}), series ({@code MetricSeries}, {@code Observation}), scopes ({@code Platform},
 * {@code Scope}), time ({@code DateRange}, {@code Quarter}), {@code Money}, {@code Campaign}, and
 * the enums {@code GoalLevel}, {@code GoalCategory}, {@code MetricUnit}, {@code Polarity}, {@code
 * Additivity}, {@code Aggregation}, {@code DuplicateDates}, {@code Quadrant} and {@code
 * RelativePeriod}, written in lower snake case ("brand_awareness"). Map keys of the id types,
 * {@code Platform}, {@code Owner}, {@code DateRange}, {@code Quarter} and {@code Recurrence} are
 * read from their canonical text.
 *
 * <p>Reading is strict: an unknown field, a wrong JSON type, a missing required field, null for a
 * required field, or a value the core refuses is a {@link
 * com.fasterxml.jackson.databind.JsonMappingException} whose message names the JSON path, such as
 * {@code $.goals[2].target.percent}, the offending value and what is allowed. Unknown fields are
 * skipped instead if {@code DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES} is disabled. Numbers
 * are read and written exactly, as {@link java.math.BigDecimal} in plain notation, and dates as ISO
 * text, without {@code jackson-datatype-jsr310}.
 *
 * <p>Register it on a mapper of your own, or let {@code ObjectMapper.findAndRegisterModules()} find
 * it with {@link java.util.ServiceLoader}; {@link NorthstarJson#mapper()} returns a mapper with the
 * module, strict settings and input limits.
 *
 * <pre>{@code
 * ObjectMapper mapper = JsonMapper.builder().addModule(new NorthstarModule()).build();
 * Goal goal = mapper.readValue(json, Goal.class);
 * }</pre>
 *
 * <p>This class is thread-safe once registered; it has a public constructor for {@code
 * ServiceLoader}.
 */
public final class NorthstarModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** The module's name, as returned by {@link #getModuleName()}. */
  public static final String NAME = "NorthstarModule";

  private static final Version VERSION =
      ModuleVersions.of(NorthstarModule.class, "northstar-jackson");

  /** Creates the module with every serializer and deserializer registered. */
  public NorthstarModule() {
    super(NAME, VERSION);
    Codecs.addTo(this);
  }

  @Override
  public Object getTypeId() {
    return NorthstarModule.class.getName();
  }
}
