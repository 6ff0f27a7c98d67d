package dev.northstar.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.northstar.core.goal.Goal;
import dev.northstar.core.hierarchy.GoalHierarchy;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Fuzz targets of the goal JSON readers (docs/reliability.md). In a normal build they replay the
 * committed inputs under {@code src/test/resources/dev/northstar/jackson/GoalJsonFuzzTestInputs/};
 * with {@code JAZZER_FUZZ=1} they fuzz.
 *
 * <p>Contract: any bytes either read as a value that writes and reads back equal, or fail with a
 * Jackson {@link JsonProcessingException} (the documented error of every reader) whose message is
 * not blank and which carries a location in the input. The one exception: {@code
 * mapper().readValue(byte[])} may throw Jackson's {@link CharConversionException} for bytes that
 * are not valid UTF-32 or in an unsupported UCS-4 byte order (the file readers turn it into a
 * located error), and its input-limit errors ({@link StreamConstraintsException}) have no location
 * there. Anything else (a runtime exception, a stack overflow, an out-of-memory error) fails the
 * target; so does a hang (the per-input timeout of the fuzzing command).
 */
class GoalJsonFuzzTest {

  private static final Path FILE = tempFile();

  @FuzzTest(maxDuration = "4m")
  void goal(byte[] json) throws IOException {
    Goal goal;
    try {
      goal = NorthstarJson.mapper().readValue(json, Goal.class);
    } catch (StreamConstraintsException e) {
      // An input limit of docs/json-format.md; Jackson's readValue gives it no location (the file
      // readers add one).
      assertThat(e.getOriginalMessage()).isNotBlank();
      return;
    } catch (JsonProcessingException e) {
      assertLocated(e);
      return;
    } catch (CharConversionException e) {
      // Jackson's own error for bytes that look like UTF-32 but are not valid UTF-32, or of a byte
      // order it does not support (its readValue(byte[]) declares IOException).
      assertThat(e.getMessage()).containsAnyOf("UTF-32", "UCS-4");
      return;
    }
    String text = NorthstarJson.mapper().writeValueAsString(goal);
    assertThat(NorthstarJson.mapper().readValue(text, Goal.class)).isEqualTo(goal);
  }

  @FuzzTest(maxDuration = "4m")
  void goalsFile(byte[] json) throws IOException {
    Files.write(FILE, json);
    List<Goal> goals;
    try {
      goals = NorthstarJson.readGoals(FILE);
    } catch (JsonProcessingException e) {
      assertLocated(e);
      return;
    }
    assertThat(goals).doesNotContainNull();
  }

  @FuzzTest(maxDuration = "4m")
  void hierarchyFile(byte[] json) throws IOException {
    Files.write(FILE, json);
    GoalHierarchy hierarchy;
    try {
      hierarchy = NorthstarJson.readHierarchy(FILE);
    } catch (JsonProcessingException e) {
      assertLocated(e);
      return;
    }
    String text = NorthstarJson.mapper().writeValueAsString(hierarchy);
    assertThat(NorthstarJson.mapper().readValue(text, GoalHierarchy.class)).isEqualTo(hierarchy);
  }

  private static void assertLocated(JsonProcessingException e) {
    assertThat(e.getOriginalMessage()).as("message of %s", e).isNotBlank();
    assertThat(e.getLocation()).as("location of %s", e).isNotNull();
  }

  private static Path tempFile() {
    try {
      Path file = Files.createTempFile("northstar-fuzz-", ".json");
      file.toFile().deleteOnExit();
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
