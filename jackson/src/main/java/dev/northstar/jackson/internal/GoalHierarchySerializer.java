package dev.northstar.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.northstar.core.goal.Goal;
import dev.northstar.core.hierarchy.GoalHierarchy;
import dev.northstar.core.tactic.Tactic;
import java.io.IOException;

/**
 * Writes {@code {"goals": [...], "tactics": [...]}} in the hierarchy's order; no tactics are
 * omitted.
 */
final class GoalHierarchySerializer extends StdSerializer<GoalHierarchy> {

  private static final long serialVersionUID = 1L;

  static final GoalHierarchySerializer INSTANCE = new GoalHierarchySerializer();

  private GoalHierarchySerializer() {
    super(GoalHierarchy.class);
  }

  @Override
  public void serialize(GoalHierarchy hierarchy, JsonGenerator g, SerializerProvider provider)
      throws IOException {
    g.writeStartObject(hierarchy);
    g.writeArrayFieldStart("goals");
    for (Goal goal : hierarchy.goals()) {
      GoalSerializer.INSTANCE.serialize(goal, g, provider);
    }
    g.writeEndArray();
    if (!hierarchy.tactics().isEmpty()) {
      g.writeArrayFieldStart("tactics");
      for (Tactic tactic : hierarchy.tactics()) {
        TacticSerializer.INSTANCE.serialize(tactic, g, provider);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }
}
