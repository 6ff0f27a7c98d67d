package dev.northstar.examples;

import dev.northstar.core.goal.Baseline;
import dev.northstar.core.goal.Goal;
import dev.northstar.core.goal.GoalCategory;
import dev.northstar.core.goal.GoalId;
import dev.northstar.core.goal.Target;
import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.scope.Platform;
import dev.northstar.core.scope.Scope;
import dev.northstar.core.time.DateRange;
import dev.northstar.jackson.NorthstarJson;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The main job until the command line exists: builds the seed goal "Double LinkedIn followers
 * within six months" in Java, reads every example goal and the Campfire hierarchy from {@code
 * examples/goals/} and prints them, then prints KPIs of the real Facebook export in {@code
 * examples/data/facebook-metrics/}.
 *
 * <p>Run it from the repository root with {@code ./mvnw -q -Pdemo package -DskipTests}.
 */
public final class SeedGoals {

  private SeedGoals() {}

  /**
   * Runs the example.
   *
   * @param args optionally the directory of example goals ({@code examples/goals} by default) and
   *     the Facebook export ({@code examples/data/facebook-metrics/dataset_Facebook.csv})
   * @throws IOException if a file cannot be read or is not valid
   */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "examples/goals");
    Path export =
        Path.of(args.length > 1 ? args[1] : "examples/data/facebook-metrics/dataset_Facebook.csv");
    print(System.out, dir);
    System.out.println();
    FacebookKpis.print(System.out, export);
  }

  /**
   * Prints the Java-built seed goal and every example file of a directory.
   *
   * @param out where to print
   * @param dir the directory of example goals
   * @throws IOException if a file cannot be read or is not valid
   */
  static void print(PrintStream out, Path dir) throws IOException {
    Goal doubleFollowers =
        Goal.builder(
                GoalId.of("double-linkedin-followers"),
                "Double LinkedIn followers within six months")
            .category(GoalCategory.BRAND_AWARENESS)
            .metric(CoreMetrics.FOLLOWERS)
            .scope(Scope.of(Platform.LINKEDIN))
            .baseline(Baseline.of(1_200, LocalDate.of(2026, 1, 1)))
            .target(Target.doubling())
            .period(DateRange.withinMonthsFrom(LocalDate.of(2026, 1, 1), 6))
            .build();
    out.println("A seed goal built in Java:");
    out.println("  " + doubleFollowers);
    out.println();

    out.println("Example goals read from " + dir + ":");
    for (Path file : jsonFiles(dir)) {
      if (!isHierarchy(file)) {
        for (Goal goal : NorthstarJson.readGoals(file)) {
          out.println("  " + goal);
        }
      }
    }
    for (Path file : jsonFiles(dir)) {
      if (isHierarchy(file)) {
        out.println();
        out.println("The hierarchy in " + file.getFileName() + ":");
        out.print(NorthstarJson.readHierarchy(file).toString().indent(2));
      }
    }
  }

  private static boolean isHierarchy(Path file) {
    return file.getFileName().toString().endsWith("-hierarchy.json");
  }

  private static List<Path> jsonFiles(Path dir) throws IOException {
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "*.json")) {
      stream.forEach(files::add);
    }
    files.sort(null);
    return files;
  }
}
