package dev.northstar.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.northstar.core.goal.Goal;
import dev.northstar.core.hierarchy.GoalHierarchy;
import dev.northstar.core.series.MetricSeries;
import dev.northstar.core.tactic.Tactic;
import dev.northstar.testing.property.Gen;
import dev.northstar.testing.property.Gens;
import dev.northstar.testing.property.Property;
import dev.northstar.testkit.gen.GoalGens;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Generated values survive writing and reading: read(write(x)) equals x, and writing again gives
 * the same text. Seeded: {@code -Dnorthstar.seed=...} replays a failure, {@code
 * -Dnorthstar.tries=...} runs more tries.
 */
class RoundTripPropertiesTest {

  private static <T> void roundTrips(T value, Class<T> type) throws JsonProcessingException {
    String written = Json.write(value);
    T read = Json.read(written, type);

    assertThat(read).isEqualTo(value);
    assertThat(Json.write(read)).isEqualTo(written);
  }

  @Test
  void goalsRoundTrip() {
    Property.named("goals round-trip through JSON")
        .forAll(GoalGens.goals(), goal -> roundTrips(goal, Goal.class));
  }

  @Test
  void hierarchiesRoundTrip() {
    Property.named("hierarchies round-trip through JSON")
        .forAll(GoalGens.hierarchies(), hierarchy -> roundTrips(hierarchy, GoalHierarchy.class));
  }

  @Test
  void tacticsRoundTrip() {
    Property.named("tactics round-trip through JSON")
        .forAll(GoalGens.tactics(), tactic -> roundTrips(tactic, Tactic.class));
  }

  @Test
  void seriesRoundTrip() {
    Property.named("metric series round-trip through JSON")
        .forAll(GoalGens.series(), series -> roundTrips(series, MetricSeries.class));
  }

  @Test
  void generatorsCoverEveryTargetKindAndOptionalFieldsBothWays() {
    List<Goal> goals = new ArrayList<>();
    Property.named("collect").tries(500).forAll(GoalGens.goals(), goals::add);

    assertThat(goals.stream().map(g -> g.target().map(Object::getClass).orElse(null)).distinct())
        .hasSize(7); // six record types and no target
    assertThat(goals).anyMatch(g -> g.scope().isAllPlatforms());
    assertThat(goals).anyMatch(g -> g.scope().isPlatformUnspecified());
    assertThat(goals).anyMatch(g -> g.scope().platforms().stream().anyMatch(p -> !p.isWellKnown()));
    assertThat(goals).anyMatch(g -> g.baseline().isEmpty()).anyMatch(g -> g.baseline().isPresent());
  }

  private static final List<String> JUNK =
      List.of(
          "null",
          "-1",
          "0",
          "1.0",
          "1e999999999",
          "178.81e9999999995",
          "\"\"",
          "\" \"",
          "[]",
          "{}",
          "true",
          "\"x\"",
          "[null]",
          "{\"kind\": \"total\"}",
          "\"2026-02-30\"",
          "99999999999999999999",
          ",",
          ":",
          "\"",
          "}",
          "]");

  /** A JSON document whose {@code toString()} escapes everything but printable ASCII. */
  private record Document(String json) {
    @Override
    public String toString() {
      StringBuilder s = new StringBuilder();
      json.chars()
          .forEach(
              c ->
                  s.append(
                      c >= 32 && c < 127 ? String.valueOf((char) c) : String.format("\\u%04x", c)));
      return s.toString();
    }
  }

  /** Valid compact JSON with one value replaced, one piece of junk inserted, or a cut. */
  private static Gen<Document> mutated(Gen<?> values) {
    ObjectWriter compact = Json.MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT);
    Gen<String> valid =
        values.map(
            value -> {
              try {
                return compact.writeValueAsString(value);
              } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
              }
            });
    return random -> new Document(mutate(valid.generate(random), random));
  }

  private static String mutate(String json, SplittableRandom random) {
    String junk = Gens.elements(JUNK).generate(random);
    int at = random.nextInt(json.length());
    return switch (random.nextInt(3)) {
      case 0 -> replaceAValue(json, at, junk);
      case 1 -> json.substring(0, at) + junk + json.substring(at);
      default ->
          json.substring(0, at)
              + json.substring(Math.min(json.length(), at + 1 + random.nextInt(5)));
    };
  }

  /** Replaces the value after the first colon from {@code at} (up to a comma or brace). */
  private static String replaceAValue(String json, int at, String junk) {
    int colon = json.indexOf(':', at);
    if (colon < 0) {
      return json.substring(0, at) + junk;
    }
    int end = colon + 1;
    while (end < json.length() && ",}".indexOf(json.charAt(end)) < 0) {
      end++;
    }
    return json.substring(0, colon + 1) + junk + json.substring(end);
  }

  private static void failsOnlyWithLocatedJacksonExceptions(Document document, Class<?> type)
      throws JsonProcessingException {
    try {
      Json.read(document.json(), type);
    } catch (JsonProcessingException e) {
      assertThat(e.getOriginalMessage()).isNotBlank();
      assertThat(e.getLocation()).isNotNull();
    }
  }

  private static Property fuzz(String name) {
    return Property.named(name).tries(Math.max(1_000, Property.named(name).tries()));
  }

  @Test
  void mutatedGoalsFailOnlyWithLocatedJacksonExceptions() {
    fuzz("invalid goal JSON never leaks a RuntimeException")
        .forAll(
            mutated(GoalGens.goals()),
            document -> failsOnlyWithLocatedJacksonExceptions(document, Goal.class));
  }

  @Test
  void mutatedHierarchiesFailOnlyWithLocatedJacksonExceptions() {
    fuzz("invalid hierarchy JSON never leaks a RuntimeException")
        .forAll(
            mutated(GoalGens.hierarchies()),
            document -> failsOnlyWithLocatedJacksonExceptions(document, GoalHierarchy.class));
  }

  @Test
  void mutatedSeriesFailOnlyWithLocatedJacksonExceptions() {
    fuzz("invalid series JSON never leaks a RuntimeException")
        .forAll(
            mutated(GoalGens.series()),
            document -> failsOnlyWithLocatedJacksonExceptions(document, MetricSeries.class));
  }
}
