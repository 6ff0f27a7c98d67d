package dev.northstar.jackson;

import static dev.northstar.jackson.Json.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.northstar.core.goal.Goal;
import dev.northstar.core.money.Money;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile values in goal JSON (docs/reliability.md): extreme numbers and dates, and encodings other
 * than UTF-8; each has one clear outcome.
 */
class HostileValuesTest {

  private static final String GOAL =
      "{'id': 'g', 'level': 'social', 'statement': 'Grow', 'metric': 'followers',"
          + " 'target': {'kind': 'total', 'count': COUNT}, 'start': 'START', 'deadline': 'END'}";

  private static String goal(String count, String start, String end) {
    return json(GOAL.replace("COUNT", count).replace("START", start).replace("END", end));
  }

  @Test
  void aMoneyAmountOfThirtyDigitsIsReadExactlyAndWrittenBackTheSame() throws IOException {
    String amount = "123456789012345678901234567890.12";
    Money money = Json.read(json("{'amount': " + amount + ", 'currency': 'USD'}"), Money.class);

    assertThat(money.amount()).isEqualByComparingTo(new BigDecimal(amount));
    assertThat(Json.read(Json.write(money), Money.class)).isEqualTo(money);
    String fortyOneDigits = "1".repeat(41);
    assertThatThrownBy(
            () ->
                Json.read(
                    json("{'amount': " + fortyOneDigits + ", 'currency': 'USD'}"), Money.class))
        .isInstanceOf(JsonProcessingException.class)
        .hasMessageContaining("amount");
  }

  @Test
  void targetCountsAtAndBeyondLongMaxValueAreKeptExactlyAsTargetsAreDecimals() throws IOException {
    for (String count :
        List.of(String.valueOf(Long.MAX_VALUE), "9223372036854775808", "1".repeat(30))) {
      Goal goal = Json.read(goal(count, "2026-01-01", "2026-12-31"), Goal.class);

      assertThat(Json.write(goal)).contains("\"count\": " + count);
      assertThat(Json.read(Json.write(goal), Goal.class)).isEqualTo(goal);
    }
    assertThatThrownBy(
            () -> Json.read(goal("1".repeat(101), "2026-01-01", "2026-12-31"), Goal.class))
        .isInstanceOf(JsonProcessingException.class)
        .hasMessageContaining("Number value length");
  }

  @Test
  void periodsInYear9999AndBefore1970ReadAndWriteBack() throws IOException {
    for (String[] period :
        List.of(
            new String[] {"9999-01-01", "9999-12-31"},
            new String[] {"1969-01-01", "1969-12-31"},
            new String[] {"0001-01-01", "1900-02-28"})) {
      Goal goal = Json.read(goal("5", period[0], period[1]), Goal.class);

      assertThat(goal.period().orElseThrow().start()).isEqualTo(LocalDate.parse(period[0]));
      assertThat(Json.read(Json.write(goal), Goal.class)).isEqualTo(goal);
    }
    assertThatThrownBy(() -> Json.read(goal("5", "2026-01-01", "10000-01-01"), Goal.class))
        .isInstanceOf(JsonProcessingException.class)
        .hasMessageContaining("deadline");
  }

  @Test
  void goalFilesInUtf16And32AreDetectedAndReadAsInUtf8(@TempDir Path dir) throws IOException {
    String text = goal("5", "2026-01-01", "2026-12-31").replace("Grow", "Grow \u00e9\u4e2d");
    Path utf8 = dir.resolve("utf8.json");
    Files.writeString(utf8, text, StandardCharsets.UTF_8);
    List<Goal> expected = NorthstarJson.readGoals(utf8);

    for (Charset charset :
        List.of(
            StandardCharsets.UTF_16BE,
            StandardCharsets.UTF_16LE,
            Charset.forName("UTF-32BE"),
            Charset.forName("UTF-32LE"))) {
      Path file = dir.resolve(charset.name() + ".json");
      Files.write(file, text.getBytes(charset));

      assertThat(NorthstarJson.readGoals(file)).as(charset.name()).isEqualTo(expected);
    }
  }

  @Test
  void aGoalFileOfInvalidUtf32IsALocatedJsonError(@TempDir Path dir) throws IOException {
    // Found by GoalJsonFuzzTest: Jackson detects UTF-32 from the zero bytes, then its decoder threw
    // a bare CharConversionException with no location.
    Path file = dir.resolve("utf32.json");
    byte[] bytes = new byte[35];
    bytes[4] = 0x40;
    bytes[7] = (byte) 0xD3;
    bytes[34] = '{';
    Files.write(file, bytes);

    assertThatThrownBy(() -> NorthstarJson.readGoals(file))
        .isInstanceOf(JsonProcessingException.class)
        .hasMessageContaining("not valid text in the encoding it starts in")
        .satisfies(e -> assertThat(((JsonProcessingException) e).getLocation()).isNotNull());
    assertThatThrownBy(() -> NorthstarJson.readHierarchy(file))
        .isInstanceOf(JsonProcessingException.class)
        .hasMessageContaining("Invalid UTF-32 character");
  }

  @Test
  void aGoalFileInAnUnsupportedUcs4ByteOrderIsALocatedJsonError(@TempDir Path dir)
      throws IOException {
    // Found by GoalJsonFuzzTest: Jackson refuses the byte order 2143 when it creates the parser.
    Path file = dir.resolve("ucs4.json");
    Files.write(file, new byte[] {0, 9, 0, 0, '{', 0});

    assertThatThrownBy(() -> NorthstarJson.readGoals(file))
        .isInstanceOf(JsonProcessingException.class)
        .hasMessageContaining("Unsupported UCS-4 endianness")
        .satisfies(e -> assertThat(((JsonProcessingException) e).getLocation()).isNotNull());
    assertThatThrownBy(() -> NorthstarJson.readHierarchy(file))
        .isInstanceOf(JsonProcessingException.class)
        .hasMessageContaining("not valid text in the encoding it starts in");
  }

  @Test
  void anInputLimitInAGoalFileIsReportedWithItsLocation(@TempDir Path dir) throws IOException {
    // Found by GoalJsonFuzzTest: Jackson 2 throws its limit errors without a location.
    Path file = dir.resolve("long-number.json");
    Files.writeString(file, "[\n" + goal("1".repeat(128), "2026-01-01", "2026-12-31") + "]");

    assertThatThrownBy(() -> NorthstarJson.readGoals(file))
        .isInstanceOf(StreamConstraintsException.class)
        .hasMessageContaining("Number value length (128)")
        .hasMessageContaining("line: 2")
        .satisfies(e -> assertThat(((JsonProcessingException) e).getLocation()).isNotNull());
  }

  @Test
  void aByteOrderMarkBeforeAGoalFileIsSkipped(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bom.json");
    Files.writeString(
        file, "\uFEFF" + goal("5", "2026-01-01", "2026-12-31"), StandardCharsets.UTF_8);

    assertThat(NorthstarJson.readGoals(file)).hasSize(1);
  }
}
