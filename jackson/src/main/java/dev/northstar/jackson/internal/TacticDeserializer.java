package dev.northstar.jackson.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import dev.northstar.core.goal.GoalId;
import dev.northstar.core.goal.Owner;
import dev.northstar.core.tactic.Priority;
import dev.northstar.core.tactic.Recurrence;
import dev.northstar.core.tactic.Tactic;
import dev.northstar.core.tactic.TacticId;
import dev.northstar.core.tactic.TacticStatus;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

/**
 * Reads a tactic; "id", "title" and "goal" are required, and a tactic has a "due" date or a
 * "recurrence", not both (blamed on "recurrence").
 */
final class TacticDeserializer extends StrictDeserializer<Tactic> {

  private static final long serialVersionUID = 1L;

  static final TacticDeserializer INSTANCE = new TacticDeserializer();

  private static final Shape SHAPE =
      new Shape(
          Tactic.class,
          "a tactic object",
          List.of(
              "id",
              "title",
              "goal",
              "owners",
              "due",
              "recurrence",
              "priority",
              "status",
              "completedOn"),
          List.of("id", "title", "goal"));

  private TacticDeserializer() {
    super(Tactic.class);
  }

  @Override
  protected Tactic read(JsonParser p, DeserializationContext ctxt) throws IOException {
    Fields fields = Fields.begin(p, ctxt, SHAPE);
    TacticId id = null;
    Located<String> title = null;
    GoalId goal = null;
    List<Owner> owners = List.of();
    LocalDate due = null;
    Located<Recurrence> recurrence = null;
    Priority priority = null;
    TacticStatus status = null;
    Located<LocalDate> completedOn = null;
    for (String field = fields.next(); field != null; field = fields.next()) {
      switch (field) {
        case "id" -> id = TextForms.TACTIC_ID.read(p, ctxt);
        case "title" ->
            title = Located.read(p, field, () -> Reads.text(p, Tactic.class, "a title"));
        case "goal" -> goal = TextForms.GOAL_ID.read(p, ctxt);
        case "owners" ->
            owners =
                Reads.array(p, ctxt, Tactic.class, "an array of owners", TextForms.OWNER::read);
        case "due" -> due = Reads.date(p, Tactic.class);
        case "recurrence" ->
            recurrence = Located.read(p, field, () -> TextForms.RECURRENCE.read(p, ctxt));
        case "priority" -> priority = PriorityDeserializer.INSTANCE.read(p, ctxt);
        case "status" -> status = Enums.TACTIC_STATUS.read(p, ctxt);
        case "completedOn" ->
            completedOn = Located.read(p, field, () -> Reads.date(p, Tactic.class));
      }
    }
    TacticId checkedId = fields.require(id, "id");
    Located<String> checkedTitle = fields.require(title, "title");
    GoalId checkedGoal = fields.require(goal, "goal");
    Tactic.Builder tactic = Tactic.builder(checkedId, checkedTitle.value(), checkedGoal);
    ReadErrors.attempt(p, checkedTitle, Tactic.class, tactic::build);
    tactic.owners(owners).due(due).priority(priority);
    if (recurrence != null) {
      tactic.recurrence(recurrence.value());
      ReadErrors.attempt(p, recurrence, Tactic.class, tactic::build);
    }
    tactic.status(status != null ? status : TacticStatus.OPEN);
    if (completedOn != null) {
      tactic.completedOn(completedOn.value());
      ReadErrors.attempt(p, completedOn, Tactic.class, tactic::build);
    }
    return ReadErrors.attempt(p, checkedTitle, Tactic.class, tactic::build);
  }
}
