package dev.northstar.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.northstar.core.tactic.Tactic;
import dev.northstar.core.tactic.TacticStatus;
import java.io.IOException;

/**
 * Writes a tactic's fields in a fixed order: id, title, goal, owners, due or recurrence, priority.
 * Absent values and no owners are omitted.
 */
final class TacticSerializer extends StdSerializer<Tactic> {

  private static final long serialVersionUID = 1L;

  static final TacticSerializer INSTANCE = new TacticSerializer();

  private TacticSerializer() {
    super(Tactic.class);
  }

  @Override
  public void serialize(Tactic tactic, JsonGenerator g, SerializerProvider provider)
      throws IOException {
    g.writeStartObject(tactic);
    g.writeStringField("id", tactic.id().value());
    g.writeStringField("title", tactic.title());
    g.writeStringField("goal", tactic.goal().value());
    if (!tactic.owners().isEmpty()) {
      Writes.texts(g, "owners", tactic.owners());
    }
    if (tactic.due().isPresent()) {
      Writes.date(g, "due", tactic.due().get());
    }
    if (tactic.recurrence().isPresent()) {
      g.writeStringField("recurrence", TextForms.recurrence(tactic.recurrence().get()));
    }
    if (tactic.priority().isPresent()) {
      g.writeFieldName("priority");
      PrioritySerializer.INSTANCE.serialize(tactic.priority().get(), g, provider);
    }
    if (tactic.status() != TacticStatus.OPEN) {
      Writes.snakeCase(g, "status", tactic.status());
    }
    if (tactic.completedOn().isPresent()) {
      Writes.date(g, "completedOn", tactic.completedOn().get());
    }
    g.writeEndObject();
  }
}
