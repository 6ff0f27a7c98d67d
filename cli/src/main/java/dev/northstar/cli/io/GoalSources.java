package dev.northstar.cli.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.northstar.core.goal.Goal;
import dev.northstar.core.hierarchy.GoalHierarchy;
import dev.northstar.core.tactic.Tactic;
import dev.northstar.jackson.NorthstarJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads goals from JSON files and folders into one hierarchy.
 *
 * <p>A file holds one goal object, an array of goal objects, or a hierarchy object {@code {"goals":
 * [...], "tactics": [...]}}; a folder contributes every {@code *.json} file in it, in name order
 * (not its sub-folders). Every goal of every file goes into one {@link GoalHierarchy}, so a goal's
 * parent may be in another file. A hierarchy object may also define ad-hoc KPIs for its goals'
 * metrics: {@code "kpis": ["tir = total_interactions / reach"]} ({@link #kpis}).
 */
public final class GoalSources {
  private GoalSources() {}

  /**
   * Reads the goals of files and folders.
   *
   * @param paths the files and folders, not null, at least one
   * @return the hierarchy of all their goals and tactics, never null
   * @throws InputException if a path cannot be read, is not valid goal JSON (naming the file, the
   *     JSON path, line and column), or the goals do not form a hierarchy (duplicate ids, a missing
   *     parent, a cycle)
   */
  public static GoalHierarchy read(List<Path> paths) {
    if (paths.isEmpty()) {
      throw new InputException("no goal file given: name at least one JSON file or folder");
    }
    List<Goal> goals = new ArrayList<>();
    List<Tactic> tactics = new ArrayList<>();
    for (Path path : paths) {
      for (Path file : files(path)) {
        readFile(file, goals, tactics);
      }
    }
    try {
      return GoalHierarchy.of(goals, tactics);
    } catch (IllegalArgumentException e) {
      throw new InputException(
          "goals of " + paths + " do not form a hierarchy: " + e.getMessage(), e);
    }
  }

  /**
   * One ad-hoc KPI definition of a goal file's {@code "kpis"} array.
   *
   * @param text the definition, such as {@code tir = total_interactions / reach}
   * @param where the file and JSON path, such as {@code goals.json: $.kpis[0]}, for messages
   * @param file the file, the KPI's source
   */
  public record KpiText(String text, String where, String file) {}

  /**
   * Reads the ad-hoc KPI definitions of the hierarchy files among files and folders: the texts of
   * each {@code "kpis"} array, in file order.
   *
   * @param paths the files and folders, not null
   * @return the definitions, never null, possibly empty
   * @throws InputException if a file cannot be read, or its {@code "kpis"} is not an array of
   *     non-blank texts (naming the file and the JSON path)
   */
  public static List<KpiText> kpis(List<Path> paths) {
    List<KpiText> kpis = new ArrayList<>();
    for (Path path : paths) {
      for (Path file : files(path)) {
        JsonNode root;
        try {
          root = NorthstarJson.mapper().readTree(file.toFile());
        } catch (IOException e) {
          throw new InputException(file + ": cannot read: " + IoFailures.why(e, file), e);
        }
        JsonNode list = root == null || !root.isObject() ? null : root.get("kpis");
        if (list == null) {
          continue;
        }
        if (!list.isArray()) {
          throw new InputException(
              file
                  + ": $.kpis: expected an array of KPI definitions such as"
                  + " [\"tir = total_interactions / reach\"]");
        }
        for (int i = 0; i < list.size(); i++) {
          JsonNode item = list.get(i);
          String where = file + ": $.kpis[" + i + "]";
          if (!item.isTextual() || item.asText().isBlank()) {
            throw new InputException(
                where + ": expected a KPI definition such as \"tir = total_interactions / reach\"");
          }
          kpis.add(new KpiText(item.asText(), where, file.toString()));
        }
      }
    }
    return kpis;
  }

  private static List<Path> files(Path path) {
    if (!Files.isDirectory(path)) {
      return List.of(path);
    }
    try (Stream<Path> listing = Files.list(path)) {
      List<Path> files =
          listing
              .filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p))
              .sorted()
              .toList();
      if (files.isEmpty()) {
        throw new InputException(path + ": folder holds no *.json goal file");
      }
      return files;
    } catch (IOException e) {
      throw new InputException(path + ": cannot list folder: " + IoFailures.why(e, path), e);
    }
  }

  private static void readFile(Path file, List<Goal> goals, List<Tactic> tactics) {
    if (!Files.exists(file)) {
      throw new InputException(file + ": no such file");
    }
    if (!Files.isRegularFile(file)) {
      throw new InputException(file + ": cannot read: not a regular file");
    }
    if (!Files.isReadable(file)) {
      throw new InputException(
          file + ": cannot read: permission denied (the user running northstar may not read it)");
    }
    try {
      if (isHierarchy(file)) {
        GoalHierarchy hierarchy = NorthstarJson.readHierarchy(file);
        goals.addAll(hierarchy.goals());
        tactics.addAll(hierarchy.tactics());
      } else {
        goals.addAll(NorthstarJson.readGoals(file));
      }
    } catch (JsonProcessingException e) {
      throw new InputException(file + ": " + e.getOriginalMessage() + location(e), e);
    } catch (NoSuchFileException e) {
      throw new InputException(file + ": no such file", e);
    } catch (IOException e) {
      throw new InputException(file + ": cannot read: " + IoFailures.why(e, file), e);
    }
  }

  private static String location(JsonProcessingException e) {
    var at = e.getLocation();
    return at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
  }

  private static boolean isHierarchy(Path file) throws IOException {
    JsonNode root = NorthstarJson.mapper().readTree(file.toFile());
    return root != null && root.isObject() && root.has("goals");
  }
}
