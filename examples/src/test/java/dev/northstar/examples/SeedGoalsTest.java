package dev.northstar.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Keeps the README's main job working: the program prints every example and the tree. */
class SeedGoalsTest {

  @Test
  void printsTheJavaGoalEveryExampleGoalAndTheCampfireTree() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      SeedGoals.print(out, Path.of("goals"));
    }
    String printed = bytes.toString(StandardCharsets.UTF_8);

    assertThat(printed)
        .contains("A seed goal built in Java:")
        .contains("multiply by 2 from 1200 on 2026-01-01, 2026-01-01..2026-06-30")
        .contains("back-to-school-leads-facebook")
        .contains("back-to-school-leads-x")
        .contains("The hierarchy in campfire-hierarchy.json:")
        .containsPattern("BUSINESS expand-segment: .*\\n +SOCIAL influencer-relations")
        .contains("monthly on day 30; Brian, Hailley");
    assertThat(printed.lines().filter(l -> l.startsWith("  Goal[")).count())
        .as("the Java goal, then 10 files of which one holds two goals")
        .isEqualTo(1 + 11);
  }
}
