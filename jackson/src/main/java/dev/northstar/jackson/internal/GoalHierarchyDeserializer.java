package dev.northstar.jackson.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import dev.northstar.core.goal.Goal;
import dev.northstar.core.hierarchy.GoalHierarchy;
import dev.northstar.core.hierarchy.HierarchyException;
import dev.northstar.core.tactic.Tactic;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads {@code {"goals": [...], "tactics": [...]}} and builds the hierarchy; "goals" is required.
 * An optional "parsed" object (what {@code northstar parse} read from a statement: the statement,
 * the reference date, whether it was complete and the unresolved parts) is documentation for people
 * and is skipped. Structural problems (duplicate ids, dangling references, cycles, level order)
 * become one error listing each problem at its JSON path.
 */
final class GoalHierarchyDeserializer extends StrictDeserializer<GoalHierarchy> {

  private static final long serialVersionUID = 1L;

  static final GoalHierarchyDeserializer INSTANCE = new GoalHierarchyDeserializer();

  private static final Shape SHAPE =
      new Shape(
          GoalHierarchy.class,
          "a goal hierarchy object such as {\"goals\": [...], \"tactics\": [...]}",
          List.of("goals", "tactics", "parsed", "kpis"),
          List.of("goals"));

  private GoalHierarchyDeserializer() {
    super(GoalHierarchy.class);
  }

  @Override
  protected GoalHierarchy read(JsonParser p, DeserializationContext ctxt) throws IOException {
    Fields fields = Fields.begin(p, ctxt, SHAPE);
    List<Located<Goal>> goals = null;
    List<Located<Tactic>> tactics = List.of();
    for (String field = fields.next(); field != null; field = fields.next()) {
      if (field.equals("goals")) {
        goals = elements(p, ctxt, "goals", "an array of goals", GoalDeserializer.INSTANCE);
      } else if (field.equals("parsed") || field.equals("kpis")) {
        // read by the tools that use them: parse's notes, the command line's ad-hoc KPIs
        p.skipChildren();
      } else {
        tactics = elements(p, ctxt, "tactics", "an array of tactics", TacticDeserializer.INSTANCE);
      }
    }
    List<Located<Goal>> checkedGoals = fields.require(goals, "goals");
    try {
      return GoalHierarchy.of(values(checkedGoals), values(tactics));
    } catch (HierarchyException e) {
      throw HierarchyProblems.error(p, e, checkedGoals, tactics);
    }
  }

  private static <T> List<Located<T>> elements(
      JsonParser p,
      DeserializationContext ctxt,
      String field,
      String expected,
      StrictDeserializer<T> element)
      throws IOException {
    return Reads.array(
        p,
        ctxt,
        GoalHierarchy.class,
        expected,
        (parser, context) ->
            Located.readElement(parser, field, () -> element.read(parser, context)));
  }

  private static <T> List<T> values(List<Located<T>> located) {
    return located.stream().map(Located::value).collect(Collectors.toList());
  }
}
