package dev.northstar.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.northstar.core.goal.Goal;
import dev.northstar.core.goal.Target;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingSupplier;

/**
 * Hostile input is refused by the limits, quickly, with a clear message, not by running out of
 * memory.
 */
class HostileInputTest {

  private static final Duration QUICKLY = Duration.ofSeconds(10);

  private static Throwable refusal(ThrowingSupplier<?> read) {
    return assertTimeoutPreemptively(QUICKLY, () -> catchThrowable(read::get));
  }

  @Test
  void nesting10000DeepIsRefusedByTheDepthLimit() {
    String deep = "[".repeat(10_000) + "]".repeat(10_000);

    Throwable e = refusal(() -> Json.MAPPER.readTree(deep));

    assertThat(e)
        .isInstanceOf(StreamConstraintsException.class)
        .hasMessageContaining("nesting depth (101) exceeds the maximum allowed (100");
  }

  @Test
  void deepNestingInAnIgnoredUnknownFieldIsRefusedWithAShortenedPath() {
    ObjectReader lenient =
        Json.MAPPER
            .readerFor(Goal.class)
            .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    String json =
        "{\"id\": \"g\", \"statement\": \"s\", \"extra\": "
            + "[".repeat(10_000)
            + "]".repeat(10_000)
            + "}";

    Throwable e = refusal(() -> lenient.readValue(json));

    assertThat(e)
        .isInstanceOf(StreamConstraintsException.class)
        .hasMessageStartingWith("$.extra[0][0][0]")
        .hasMessageContaining(" ... ")
        .hasMessageContaining("nesting depth (101) exceeds the maximum allowed (100");
    assertThat(e.getMessage().indexOf(": Document")).isLessThan(250);
  }

  @Test
  void deepNestingWhereAStringIsExpectedIsAWrongType() {
    String json =
        "{\"id\": \"g\", \"statement\": \"s\", \"tags\": ["
            + "[".repeat(10_000)
            + "]".repeat(10_000)
            + "]}";

    assertThat(refusal(() -> Json.read(json, Goal.class)))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageStartingWith("$.tags[0]: expected a tag, but was an array");
  }

  @Test
  void aFiftyMegabyteStringIsRefusedByTheStringLimit() {
    String json = "{\"id\": \"g\", \"statement\": \"" + "x".repeat(50_000_000) + "\"}";

    Throwable e = refusal(() -> Json.read(json, Goal.class));

    assertThat(e)
        .isInstanceOf(StreamConstraintsException.class)
        .hasMessageStartingWith("$.statement: String value length")
        .hasMessageContaining("exceeds the maximum allowed (1000000");
  }

  @Test
  void aNumberOf5000DigitsIsRefusedByTheNumberLimit() {
    String json = "{\"kind\": \"total\", \"count\": " + "9".repeat(5_000) + "}";

    Throwable e = refusal(() -> Json.read(json, Target.class));

    assertThat(e)
        .isInstanceOf(StreamConstraintsException.class)
        .hasMessageStartingWith("$.count: Number value length")
        .hasMessageContaining("exceeds the maximum allowed (100");
  }

  @Test
  void aHugeExponentIsRefusedBeforeAnythingExpandsIt() {
    for (String number :
        List.of("1e999999999", "-1e999999999", "1e-999999999", "178.81e9999999995")) {
      String json = "{\"kind\": \"increase_by_percent\", \"percent\": " + number + "}";

      Throwable e = refusal(() -> Json.read(json, Target.class));

      assertThat(e)
          .isInstanceOf(InvalidFormatException.class)
          .hasMessageStartingWith("$.percent: invalid value ")
          .hasMessageContaining("at most 100 digits before and 100 after the decimal point");
    }
  }

  @Test
  void aLongFieldNameIsRefusedByTheNameLimit() {
    String json = "{\"" + "n".repeat(5_000) + "\": 1}";

    assertThat(refusal(() -> Json.read(json, Goal.class)))
        .isInstanceOf(StreamConstraintsException.class)
        .hasMessageContaining("Name length")
        .hasMessageContaining("exceeds the maximum allowed (1000");
  }

  @Test
  void aDocumentOverOneHundredMegabytesIsRefusedByTheDocumentLimit() {
    byte[] spaces = new byte[1 << 20];
    java.util.Arrays.fill(spaces, (byte) ' ');
    List<InputStream> parts = new java.util.ArrayList<>();
    parts.add(bytes("{\"id\": \"g\", \"statement\": \"s\""));
    for (int i = 0; i < 101; i++) {
      parts.add(new ByteArrayInputStream(spaces));
    }
    parts.add(bytes("}"));
    InputStream input = new SequenceInputStream(Collections.enumeration(parts));

    Throwable e = refusal(() -> Json.MAPPER.readValue(input, Goal.class));

    assertThat(e)
        .isInstanceOf(StreamConstraintsException.class)
        .hasMessageContaining("Document length")
        .hasMessageContaining("exceeds the maximum allowed (100000000");
  }

  private static InputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
