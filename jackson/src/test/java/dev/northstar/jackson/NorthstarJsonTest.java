package dev.northstar.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.northstar.core.goal.Goal;
import dev.northstar.core.goal.GoalId;
import dev.northstar.core.hierarchy.GoalHierarchy;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NorthstarJsonTest {

  @TempDir Path dir;

  @Test
  void mapperIsStrict() {
    JsonMapper mapper = NorthstarJson.mapper();

    assertThat(mapper.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)).isTrue();
    assertThat(mapper.isEnabled(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)).isTrue();
    assertThat(mapper.isEnabled(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)).isTrue();
    assertThat(mapper.isEnabled(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature()))
        .isTrue();
    assertThat(mapper.isEnabled(SerializationFeature.INDENT_OUTPUT)).isTrue();
    assertThat(mapper.getRegisteredModuleIds()).contains(NorthstarModule.class.getName());
  }

  @Test
  void mapperHasTheDocumentedLimits() {
    StreamReadConstraints limits = NorthstarJson.mapper().getFactory().streamReadConstraints();

    assertThat(limits.getMaxNestingDepth())
        .isEqualTo(NorthstarJson.MAX_NESTING_DEPTH)
        .isEqualTo(100);
    assertThat(limits.getMaxStringLength()).isEqualTo(NorthstarJson.MAX_STRING_LENGTH);
    assertThat(limits.getMaxNumberLength()).isEqualTo(NorthstarJson.MAX_NUMBER_LENGTH);
    assertThat(limits.getMaxNameLength()).isEqualTo(NorthstarJson.MAX_NAME_LENGTH);
    assertThat(limits.getMaxDocumentLength()).isEqualTo(NorthstarJson.MAX_DOCUMENT_LENGTH);
  }

  @Test
  void everyCallReturnsAnIndependentMapper() {
    JsonMapper changed = NorthstarJson.mapper();
    changed.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    assertThat(NorthstarJson.mapper()).isNotSameAs(changed);
    assertThat(NorthstarJson.mapper().isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES))
        .isTrue();
  }

  @Test
  void writesTwoSpaceIndentsWithNewlinesAndPlainNumbersForPlainValuesToo() throws Exception {
    String written = Json.write(List.of(new BigDecimal("2E+1"), new BigDecimal("1E-7")));

    assertThat(written).isEqualTo("[\n  20,\n  0.0000001\n]");
    assertThat(Json.write(List.of())).isEqualTo("[]");
    assertThat(Json.write(Map.of())).isEqualTo("{}");
  }

  @Test
  void untypedFloatsAreReadAsBigDecimal() throws Exception {
    Object read = Json.MAPPER.readValue("{\"x\": 0.1}", Object.class);

    assertThat(read).isEqualTo(Map.of("x", new BigDecimal("0.1")));
  }

  @Test
  void builderKeepsTheSettingsAndAcceptsMore() {
    JsonMapper mapper = NorthstarJson.builder().disable(SerializationFeature.INDENT_OUTPUT).build();

    assertThat(mapper.isEnabled(SerializationFeature.INDENT_OUTPUT)).isFalse();
    assertThat(mapper.isEnabled(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)).isTrue();
    assertThat(mapper.getRegisteredModuleIds()).contains(NorthstarModule.class.getName());
  }

  @Test
  void readGoalsReadsOneGoalOrAnArray() throws IOException {
    Goal a = Goal.builder(GoalId.of("a"), "A").build();
    Goal b = Goal.builder(GoalId.of("b"), "B").build();

    assertThat(NorthstarJson.readGoals(file(Json.write(a)))).containsExactly(a);
    assertThat(NorthstarJson.readGoals(file(Json.write(List.of(a, b))))).containsExactly(a, b);
    assertThat(NorthstarJson.readGoals(file("[]"))).isEmpty();
  }

  @Test
  void readGoalsRefusesNullsTrailingContentAndEmptyFiles() {
    assertThatThrownBy(
            () -> NorthstarJson.readGoals(file("[{\"id\": \"a\", \"statement\": \"A\"}, null]")))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageStartingWith("$[1]: expected a goal object, but was null");
    assertThatThrownBy(
            () -> NorthstarJson.readGoals(file("{\"id\": \"a\", \"statement\": \"A\"} []")))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageStartingWith("$: expected the end of the input, but was an array");
    assertThatThrownBy(() -> NorthstarJson.readGoals(file("")))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageStartingWith(
            "$: expected a goal object or an array of goal objects, but was the end of the input");
    assertThatThrownBy(() -> NorthstarJson.readGoals(file("[{\"id\": \"a\"}]")))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageStartingWith("$[0]: missing required field \"statement\"");
  }

  @Test
  void readHierarchy() throws IOException {
    GoalHierarchy hierarchy = GoalHierarchy.of(List.of(Goal.builder(GoalId.of("a"), "A").build()));

    assertThat(NorthstarJson.readHierarchy(file(Json.write(hierarchy)))).isEqualTo(hierarchy);
    assertThatThrownBy(() -> NorthstarJson.readHierarchy(file("null")))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageStartingWith("$: expected a goal hierarchy object, but was null");
  }

  @Test
  void aHierarchyFileMayCarryTheParsedSectionOfParse() throws IOException {
    GoalHierarchy hierarchy = GoalHierarchy.of(List.of(Goal.builder(GoalId.of("a"), "A").build()));
    String json =
        "{\"goals\": [{\"id\": \"a\", \"statement\": \"A\"}], \"parsed\": {\"statement\": \"A\","
            + " \"complete\": false, \"unresolved\": [{\"text\": \"\", \"reason\": \"r\"}]}}";
    assertThat(NorthstarJson.readHierarchy(file(json))).isEqualTo(hierarchy);
    assertThatThrownBy(() -> NorthstarJson.readHierarchy(file("{\"goals\": [], \"parsedd\": {}}")))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("parsedd");
  }

  private Path file(String content) throws IOException {
    return Files.writeString(
        Files.createTempFile(dir, "goals", ".json"), content, StandardCharsets.UTF_8);
  }
}
