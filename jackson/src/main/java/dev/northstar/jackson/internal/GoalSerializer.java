package dev.northstar.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.northstar.core.goal.CheckIn;
import dev.northstar.core.goal.Goal;
import dev.northstar.core.goal.Phase;
import dev.northstar.core.scope.Scope;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Writes a goal's fields in a fixed order: id, level, statement, category, metric, scope, window,
 * baseline, baselinePeriod, rateMethod, target, phases, start, deadline, owners, parent, weight,
 * tags, checkIns. Absent values are omitted, as are an unspecified scope, no phases, no owners, no
 * tags, no check-ins and a weight of 1.
 */
final class GoalSerializer extends StdSerializer<Goal> {

  private static final long serialVersionUID = 1L;

  static final GoalSerializer INSTANCE = new GoalSerializer();

  private GoalSerializer() {
    super(Goal.class);
  }

  @Override
  public void serialize(Goal goal, JsonGenerator g, SerializerProvider provider)
      throws IOException {
    g.writeStartObject(goal);
    g.writeStringField("id", goal.id().value());
    Writes.snakeCase(g, "level", goal.level());
    g.writeStringField("statement", goal.statement());
    if (goal.category().isPresent()) {
      Writes.snakeCase(g, "category", goal.category().get());
    }
    if (goal.metric().isPresent()) {
      g.writeStringField("metric", goal.metric().get().value());
    }
    if (!goal.scope().equals(Scope.unspecified())) {
      g.writeFieldName("scope");
      ScopeSerializer.INSTANCE.serialize(goal.scope(), g, provider);
    }
    if (goal.window().isPresent()) {
      g.writeStringField("window", goal.window().get().toString());
    }
    if (goal.baseline().isPresent()) {
      g.writeFieldName("baseline");
      BaselineSerializer.INSTANCE.serialize(goal.baseline().get(), g, provider);
    }
    if (goal.baselinePeriod().isPresent()) {
      g.writeStringField("baselinePeriod", goal.baselinePeriod().get().toString());
    }
    if (goal.rateMethod().isPresent()) {
      Writes.snakeCase(g, "rateMethod", goal.rateMethod().get());
    }
    if (goal.target().isPresent()) {
      g.writeFieldName("target");
      TargetSerializer.INSTANCE.serialize(goal.target().get(), g, provider);
    }
    if (!goal.phases().isEmpty()) {
      g.writeArrayFieldStart("phases");
      for (Phase phase : goal.phases()) {
        g.writeStartObject();
        Writes.date(g, "date", phase.date());
        Writes.decimal(g, "value", phase.value());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (goal.start().isPresent()) {
      Writes.date(g, "start", goal.start().get());
    }
    if (goal.deadline().isPresent()) {
      Writes.date(g, "deadline", goal.deadline().get());
    }
    if (!goal.owners().isEmpty()) {
      Writes.texts(g, "owners", goal.owners());
    }
    if (goal.parent().isPresent()) {
      g.writeStringField("parent", goal.parent().get().value());
    }
    if (goal.weight().compareTo(BigDecimal.ONE) != 0) {
      Writes.decimal(g, "weight", goal.weight());
    }
    if (!goal.tags().isEmpty()) {
      Writes.texts(g, "tags", goal.tags());
    }
    if (!goal.checkIns().isEmpty()) {
      g.writeArrayFieldStart("checkIns");
      for (CheckIn c : goal.checkIns()) {
        g.writeStartObject();
        Writes.date(g, "date", c.date());
        Writes.decimal(g, "value", c.value());
        if (c.author().isPresent()) {
          g.writeStringField("author", c.author().get().toString());
        }
        if (c.confidence().isPresent()) {
          g.writeNumberField("confidence", c.confidence().getAsInt());
        }
        if (!c.note().isEmpty()) {
          g.writeStringField("note", c.note());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }
}
