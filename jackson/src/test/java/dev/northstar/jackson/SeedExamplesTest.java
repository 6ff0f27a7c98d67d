package dev.northstar.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.core.goal.Goal;
import dev.northstar.core.hierarchy.GoalHierarchy;
import dev.northstar.testkit.seed.SeedGoals;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every file of {@code examples/goals/} equals its fixture in {@link SeedGoals}, and is exactly
 * what the mapper writes for that fixture. A file without a fixture, or a fixture without a file,
 * fails.
 *
 * <p>The directory is {@code -Dnorthstar.examples=...} if set, else {@code examples/goals} found
 * from the working directory or one of its parents.
 */
class SeedExamplesTest {

  private static Path dir;

  @BeforeAll
  static void findExamples() throws IOException {
    dir = examplesDirectory();
  }

  static Path examplesDirectory() throws IOException {
    String configured = System.getProperty("northstar.examples");
    if (configured != null) {
      return Path.of(configured);
    }
    for (Path d = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        d != null;
        d = d.getParent()) {
      Path candidate = d.resolve("examples").resolve("goals");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IOException(
        "examples/goals not found from "
            + System.getProperty("user.dir")
            + "; set -Dnorthstar.examples=<dir>");
  }

  private static List<String> jsonFiles() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(name -> name.endsWith(".json"))
          .sorted()
          .collect(Collectors.toList());
    }
  }

  @Test
  void everyFileHasAFixtureAndEveryFixtureAFile() throws IOException {
    assertThat(jsonFiles()).containsExactlyInAnyOrderElementsOf(SeedGoals.byFileName().keySet());
  }

  @Test
  void everyFileNameIsKebabCase() throws IOException {
    assertThat(jsonFiles()).allMatch(name -> name.matches("[a-z0-9]+(-[a-z0-9]+)*\\.json"));
  }

  @Test
  void theSeedGoalsAreTenFilesWithTheTwoBackToSchoolGoalsInOne() {
    Map<String, Object> fixtures = SeedGoals.byFileName();

    assertThat(fixtures.values().stream().filter(v -> !(v instanceof GoalHierarchy))).hasSize(10);
    assertThat(fixtures.values().stream().filter(v -> v instanceof List)).hasSize(1);
    assertThat(SeedGoals.backToSchoolLeads()).hasSize(2);
  }

  @Test
  void campfireHasConsistentPeriodsAndTacticsInQuadrantsOneAndTwo() {
    GoalHierarchy campfire = SeedGoals.campfire();

    assertThat(campfire.problems()).isEmpty();
    assertThat(campfire.roots()).hasSize(3);
    assertThat(campfire.tactics())
        .extracting(t -> t.quadrant().orElseThrow().number())
        .containsOnly(1, 2)
        .contains(1, 2);
  }

  @TestFactory
  Stream<DynamicTest> everyFileEqualsItsFixture() throws IOException {
    return jsonFiles().stream()
        .map(name -> DynamicTest.dynamicTest(name, () -> assertFileEqualsFixture(name)));
  }

  private static void assertFileEqualsFixture(String name) throws IOException {
    Object fixture = SeedGoals.byFileName().get(name);
    assertThat(fixture).as("fixture in SeedGoals for %s", name).isNotNull();
    Path file = dir.resolve(name);
    if (fixture instanceof GoalHierarchy) {
      assertThat(NorthstarJson.readHierarchy(file)).isEqualTo(fixture);
      assertThat(Json.read(Json.write(fixture), GoalHierarchy.class)).isEqualTo(fixture);
    } else if (fixture instanceof Goal goal) {
      assertThat(NorthstarJson.readGoals(file)).containsExactly(goal);
      assertThat(Json.read(Json.write(goal), Goal.class)).isEqualTo(goal);
    } else {
      assertThat(NorthstarJson.readGoals(file)).isEqualTo(fixture);
      assertThat(List.of(Json.read(Json.write(fixture), Goal[].class))).isEqualTo(fixture);
    }
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(text)
        .as("%s is written exactly as the mapper writes it", name)
        .isEqualTo(Json.write(fixture) + "\n");
  }
}
