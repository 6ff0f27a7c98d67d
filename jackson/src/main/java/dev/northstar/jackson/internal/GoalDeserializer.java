package dev.northstar.jackson.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import dev.northstar.core.goal.Baseline;
import dev.northstar.core.goal.BaselinePeriod;
import dev.northstar.core.goal.CheckIn;
import dev.northstar.core.goal.Goal;
import dev.northstar.core.goal.GoalCategory;
import dev.northstar.core.goal.GoalId;
import dev.northstar.core.goal.GoalLevel;
import dev.northstar.core.goal.Owner;
import dev.northstar.core.goal.Phase;
import dev.northstar.core.goal.Target;
import dev.northstar.core.goal.Window;
import dev.northstar.core.metric.Accumulation;
import dev.northstar.core.metric.Aggregation;
import dev.northstar.core.metric.MetricDefinition;
import dev.northstar.core.metric.MetricId;
import dev.northstar.core.metric.MetricRegistry;
import dev.northstar.core.scope.Scope;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads a goal; only "id" and "statement" are required, "level" defaults to social, "scope" to
 * unspecified and "weight" to 1.
 *
 * <p>Checks that involve several fields are blamed on the later field: a deadline before the start
 * on "deadline", a goal that is its own parent on "parent".
 */
final class GoalDeserializer extends StrictDeserializer<Goal> {

  private static final long serialVersionUID = 1L;

  /** The built-in metrics, whose accumulation is known when reading. */
  private static final MetricRegistry CORE_METRICS = MetricRegistry.coreOnly();

  static final GoalDeserializer INSTANCE = new GoalDeserializer();

  private static final Shape SHAPE =
      new Shape(
          Goal.class,
          "a goal object",
          List.of(
              "id",
              "level",
              "statement",
              "category",
              "metric",
              "scope",
              "window",
              "baseline",
              "baselinePeriod",
              "rateMethod",
              "target",
              "phases",
              "start",
              "deadline",
              "owners",
              "parent",
              "weight",
              "tags",
              "checkIns"),
          List.of("id", "statement"));

  private GoalDeserializer() {
    super(Goal.class);
  }

  @Override
  protected Goal read(JsonParser p, DeserializationContext ctxt) throws IOException {
    Fields fields = Fields.begin(p, ctxt, SHAPE);
    GoalId id = null;
    Located<String> statement = null;
    GoalLevel level = null;
    GoalCategory category = null;
    MetricId metric = null;
    Scope scope = null;
    Baseline baseline = null;
    Target target = null;
    LocalDate start = null;
    Located<LocalDate> deadline = null;
    List<Owner> owners = List.of();
    Located<GoalId> parent = null;
    Located<BigDecimal> weight = null;
    List<Located<String>> tags = List.of();
    Located<Window> window = null;
    Located<BaselinePeriod> baselinePeriod = null;
    Located<Aggregation> rateMethod = null;
    Located<List<Phase>> phases = null;
    Located<List<CheckIn>> checkIns = null;
    for (String field = fields.next(); field != null; field = fields.next()) {
      switch (field) {
        case "id" -> id = TextForms.GOAL_ID.read(p, ctxt);
        case "level" -> level = Enums.GOAL_LEVEL.read(p, ctxt);
        case "statement" ->
            statement = Located.read(p, field, () -> Reads.text(p, Goal.class, "a statement"));
        case "category" -> category = Enums.GOAL_CATEGORY.read(p, ctxt);
        case "metric" -> metric = TextForms.METRIC_ID.read(p, ctxt);
        case "scope" -> scope = ScopeDeserializer.INSTANCE.read(p, ctxt);
        case "window" -> window = Located.read(p, field, () -> TextForms.WINDOW.read(p, ctxt));
        case "baselinePeriod" ->
            baselinePeriod = Located.read(p, field, () -> TextForms.BASELINE_PERIOD.read(p, ctxt));
        case "rateMethod" ->
            rateMethod = Located.read(p, field, () -> Enums.AGGREGATION.read(p, ctxt));
        case "phases" ->
            phases =
                Located.read(
                    p,
                    field,
                    () ->
                        Reads.array(
                            p,
                            ctxt,
                            Goal.class,
                            "an array of phases",
                            PhaseDeserializer.INSTANCE::read));
        case "checkIns" ->
            checkIns =
                Located.read(
                    p,
                    field,
                    () ->
                        Reads.array(
                            p,
                            ctxt,
                            Goal.class,
                            "an array of check-ins",
                            CheckInDeserializer.INSTANCE::read));
        case "baseline" -> baseline = BaselineDeserializer.INSTANCE.read(p, ctxt);
        case "target" -> target = TargetDeserializer.INSTANCE.read(p, ctxt);
        case "start" -> start = Reads.date(p, Goal.class);
        case "deadline" -> deadline = Located.read(p, field, () -> Reads.date(p, Goal.class));
        case "owners" ->
            owners = Reads.array(p, ctxt, Goal.class, "an array of owners", TextForms.OWNER::read);
        case "parent" -> parent = Located.read(p, field, () -> TextForms.GOAL_ID.read(p, ctxt));
        case "weight" ->
            weight = Located.read(p, field, () -> Reads.decimal(p, Goal.class, "a number"));
        case "tags" ->
            tags = Reads.array(p, ctxt, Goal.class, "an array of tags", GoalDeserializer::tag);
      }
    }
    GoalId checkedId = fields.require(id, "id");
    Located<String> checkedStatement = fields.require(statement, "statement");
    Goal.Builder goal = Goal.builder(checkedId, checkedStatement.value());
    check(p, checkedStatement, goal);
    goal.level(level != null ? level : GoalLevel.SOCIAL)
        .category(category)
        .metric(metric)
        .scope(scope != null ? scope : Scope.unspecified())
        .baseline(baseline)
        .target(target)
        .owners(owners);
    if (deadline != null) {
      goal.start(start).deadline(deadline.value());
      check(p, deadline, goal);
    } else {
      goal.start(start);
    }
    if (parent != null) {
      goal.parent(parent.value());
      check(p, parent, goal);
    }
    if (weight != null) {
      goal.weight(weight.value());
      check(p, weight, goal);
    }
    for (Located<String> tag : tags) {
      ReadErrors.attempt(p, tag, Goal.class, () -> goal.tag(tag.value()));
    }
    if (window != null) {
      goal.window(window.value());
      requireWindowFits(p, window, checkedId, metric);
    }
    if (baselinePeriod != null) {
      goal.baselinePeriod(baselinePeriod.value());
      check(p, baselinePeriod, goal);
    }
    if (rateMethod != null) {
      goal.rateMethod(rateMethod.value());
      // blamed on the value as written, "sum", not the enum's name
      String written = rateMethod.value().name().toLowerCase(Locale.ROOT);
      check(p, new Located<>(written, rateMethod.site()), goal);
    }
    if (phases != null) {
      goal.phases(phases.value());
      check(p, phases, goal);
    }
    if (checkIns != null) {
      goal.checkIns(checkIns.value());
      check(p, checkIns, goal);
    }
    return check(p, checkedStatement, goal);
  }

  /**
   * A built-in metric's window must fit how it accumulates ("per month" of followers would add up
   * levels); a plugin's metric is checked where its definition is known, by progress.
   */
  private static void requireWindowFits(
      JsonParser p, Located<Window> window, GoalId goal, @Nullable MetricId metric)
      throws IOException {
    if (metric == null) {
      return;
    }
    Optional<MetricDefinition> builtIn = CORE_METRICS.find(metric);
    if (builtIn.isPresent()) {
      Accumulation accumulation = builtIn.get().accumulation();
      ReadErrors.attempt(
          p, window, Goal.class, () -> window.value().requireAllows(goal, metric, accumulation));
    }
  }

  private static Located<String> tag(JsonParser p, DeserializationContext ctxt) throws IOException {
    return Located.readElement(p, "tags", () -> Reads.text(p, Goal.class, "a tag"));
  }

  /** Builds the goal as set so far, blaming a refusal on the field set last. */
  private static Goal check(JsonParser p, Located<?> setLast, Goal.Builder goal)
      throws IOException {
    return ReadErrors.attempt(p, setLast, Goal.class, goal::build);
  }
}
