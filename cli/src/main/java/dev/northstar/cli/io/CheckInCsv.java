package dev.northstar.cli.io;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.northstar.core.goal.CheckIn;
import dev.northstar.core.goal.Goal;
import dev.northstar.core.goal.GoalId;
import dev.northstar.core.goal.Owner;
import dev.northstar.core.hierarchy.GoalHierarchy;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Check-ins from a CSV file, added to the goals they name. The header names the columns: {@code
 * goal}, {@code date} and {@code value} are required, {@code author}, {@code confidence} (0 to 10)
 * and {@code note} optional:
 *
 * <pre>
 * goal,date,value,author,confidence,note
 * influencer-partnerships,2026-08-15,7,Hailley,7,"a sports brand, for September"
 * </pre>
 */
public final class CheckInCsv {

  private static final Set<String> COLUMNS =
      Set.of("goal", "date", "value", "author", "confidence", "note");

  private CheckInCsv() {}

  /**
   * Reads the file and adds its check-ins to the goals of a hierarchy.
   *
   * @param file the CSV file, not null
   * @param hierarchy the goals, not null
   * @return the hierarchy with the check-ins added, never null
   * @throws InputException naming the file, line, column and value of anything wrong
   */
  public static GoalHierarchy addTo(Path file, GoalHierarchy hierarchy) {
    Map<GoalId, List<CheckIn>> byGoal = read(file, hierarchy);
    List<Goal> goals = new ArrayList<>();
    for (Goal g : hierarchy.goals()) {
      List<CheckIn> added = byGoal.get(g.id());
      if (added == null) {
        goals.add(g);
        continue;
      }
      List<CheckIn> all = new ArrayList<>(g.checkIns());
      all.addAll(added);
      try {
        goals.add(g.toBuilder().checkIns(all).build());
      } catch (IllegalArgumentException e) {
        throw new InputException(file + ": " + e.getMessage(), e);
      }
    }
    return GoalHierarchy.of(goals, hierarchy.tactics());
  }

  private static Map<GoalId, List<CheckIn>> read(Path file, GoalHierarchy hierarchy) {
    Map<GoalId, List<CheckIn>> byGoal = new LinkedHashMap<>();
    CsvSchema schema = CsvSchema.emptySchema().withHeader();
    try (MappingIterator<Map<String, String>> rows =
        new CsvMapper().readerForMapOf(String.class).with(schema).readValues(file.toFile())) {
      // The header is line 1; a note may not span lines.
      long line = 1;
      while (rows.hasNextValue()) {
        Map<String, String> row = rows.nextValue();
        line++;
        CsvCell.requireKnownColumns(file, row, COLUMNS);
        CsvCell cell = new CsvCell(file, line, row);
        GoalId goal = cell.parse("goal", GoalId::of);
        if (hierarchy.goal(goal).isEmpty()) {
          throw new InputException(
              file
                  + ": line "
                  + line
                  + ", column \"goal\": no goal "
                  + goal
                  + " among the goals read");
        }
        CheckIn c =
            CheckIn.of(cell.parse("date", LocalDate::parse), cell.parse("value", BigDecimal::new));
        String author = row.getOrDefault("author", "");
        if (!author.isBlank()) {
          c = c.withAuthor(cell.parse("author", Owner::of));
        }
        String confidence = row.getOrDefault("confidence", "");
        if (!confidence.isBlank()) {
          CheckIn base = c;
          c = cell.parse("confidence", t -> base.withConfidence(Integer.parseInt(t.strip())));
        }
        String note = row.getOrDefault("note", "");
        if (!note.isBlank()) {
          CheckIn base = c;
          c = cell.parse("note", base::withNote);
        }
        byGoal.computeIfAbsent(goal, k -> new ArrayList<>()).add(c);
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof InputException ie) {
        throw ie;
      }
      throw new InputException(file + ": cannot read check-ins: " + e.getMessage(), e);
    }
    return byGoal;
  }
}
