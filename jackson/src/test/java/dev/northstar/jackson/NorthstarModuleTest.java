package dev.northstar.jackson;

import static dev.northstar.jackson.Json.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import dev.northstar.core.goal.Goal;
import dev.northstar.core.goal.GoalId;
import dev.northstar.core.goal.Target;
import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.metric.MetricId;
import dev.northstar.core.series.Observation;
import dev.northstar.core.tactic.Recurrence;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The module on mappers other than {@link NorthstarJson#mapper()}. */
class NorthstarModuleTest {

  private static final Goal GOAL =
      Goal.builder(GoalId.of("g"), "Double it").target(Target.doubling()).build();

  @Test
  void findAndRegisterModulesFindsTheModuleWithServiceLoader() throws Exception {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();

    assertThat(ObjectMapper.findModules()).hasAtLeastOneElementOfType(NorthstarModule.class);
    assertThat(mapper.getRegisteredModuleIds()).contains(NorthstarModule.class.getName());
    assertThat(mapper.writeValueAsString(Target.doubling()))
        .isEqualTo("{\"kind\":\"multiply\",\"factor\":2}");
    assertThat(mapper.readValue(mapper.writeValueAsString(GOAL), Goal.class)).isEqualTo(GOAL);
  }

  @Test
  void moduleHasANameAndRegistersOnceOnly() {
    Module module = new NorthstarModule();
    ObjectMapper mapper =
        new ObjectMapper().registerModule(module).registerModule(new NorthstarModule());

    assertThat(module.getModuleName()).isEqualTo(NorthstarModule.NAME);
    assertThat(mapper.getRegisteredModuleIds()).containsExactly(NorthstarModule.class.getName());
  }

  @Test
  void numbersArePlainOnAPlainMapperToo() throws Exception {
    ObjectMapper plain = new ObjectMapper().registerModule(new NorthstarModule());

    assertThat(
            plain.writeValueAsString(
                Observation.of(LocalDate.of(2026, 1, 1), new BigDecimal("2E+1"))))
        .isEqualTo("{\"date\":\"2026-01-01\",\"value\":20}");
    assertThat(
            plain.writeValueAsString(
                Observation.of(LocalDate.of(2026, 1, 1), new BigDecimal("1E-7"))))
        .isEqualTo("{\"date\":\"2026-01-01\",\"value\":0.0000001}");
  }

  @Test
  void unknownFieldsAreSkippedWhenTheMapperAllowsThem() throws Exception {
    ObjectMapper lenient =
        new ObjectMapper()
            .registerModule(new NorthstarModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    Goal read =
        lenient.readValue(
            json(
                "{'id': 'g', 'future': {'a': [1, 2]}, 'statement': 'Double it',"
                    + " 'target': {'kind': 'multiply', 'factor': 2, 'percent': 5}}"),
            Goal.class);

    assertThat(read).isEqualTo(GOAL);
  }

  @Test
  void valuesCanBeReadFromATree() throws Exception {
    JsonNode tree = Json.MAPPER.valueToTree(GOAL);

    assertThat(Json.MAPPER.treeToValue(tree, Goal.class)).isEqualTo(GOAL);
  }

  @Test
  void valuesInsideCollectionsAndMapsWithIdKeys() throws Exception {
    Map<GoalId, List<MetricId>> metrics =
        Map.of(GoalId.of("reach-q3"), List.of(CoreMetrics.REACH, CoreMetrics.IMPRESSIONS));
    TypeReference<Map<GoalId, List<MetricId>>> type = new TypeReference<>() {};

    String written = Json.write(metrics);

    assertThat(written).contains("\"reach-q3\": [");
    assertThat(Json.MAPPER.readValue(written, type)).isEqualTo(metrics);
    Map<Recurrence, Integer> byRecurrence = Map.of(Recurrence.weeklyOn(DayOfWeek.MONDAY), 1);
    assertThat(Json.write(byRecurrence)).contains("\"weekly on monday\": 1");
    assertThat(
            Json.MAPPER.readValue(
                Json.write(byRecurrence), new TypeReference<Map<Recurrence, Integer>>() {}))
        .isEqualTo(byRecurrence);
    assertThatThrownBy(() -> Json.MAPPER.readValue(json("{'bad id': []}"), type))
        .isInstanceOf(InvalidFormatException.class)
        .hasMessageContaining("bad id")
        .hasMessageContaining("goal id must be a letter or digit");
  }

  @Test
  void errorsInsideAListKeepTheirPath() {
    assertThatThrownBy(
            () ->
                Json.MAPPER.readValue(
                    json(
                        "[{'id': 'a', 'statement': 'A'}, {'id': 'b', 'statement': 'B', 'weight': 0}]"),
                    new TypeReference<List<Goal>>() {}))
        .isInstanceOf(InvalidFormatException.class)
        .hasMessageStartingWith(
            "$[1].weight: invalid value 0; weight of goal b must be greater than 0, but was 0");
  }
}
