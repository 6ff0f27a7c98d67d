package dev.northstar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.northstar.core.goal.Goal;
import dev.northstar.core.goal.Target;
import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.scope.Platform;
import dev.northstar.jackson.NorthstarJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseCommandTest {
  @TempDir Path dir;

  @Test
  void printsTheDraftAsAGoalThatReadsBack() throws Exception {
    Cli.Result r =
        Cli.run("parse", "Double LinkedIn followers within six months", "--as-of", "2026-01-01");
    assertThat(r.status()).as(r.err()).isZero();
    JsonNode root = NorthstarJson.mapper().readTree(r.out());
    assertThat(root.get("parsed").get("complete").asBoolean()).isTrue();
    assertThat(root.get("parsed").get("unresolved").size()).isZero();
    assertThat(root.get("parsed").get("confidence").get(0).get("metric").asDouble()).isEqualTo(1.0);
    JsonNode goalJson = root.get("goals").get(0);
    assertThat(goalJson.get("id").asText())
        .isEqualTo("double-linkedin-followers-within-six-months");

    Path file = dir.resolve("goal.json");
    Files.writeString(file, goalJson.toString());
    List<Goal> goals = NorthstarJson.readGoals(file);
    Goal goal = goals.get(0);
    assertThat(goal.metric()).contains(CoreMetrics.FOLLOWERS);
    assertThat(goal.scope().platforms()).containsExactly(Platform.LINKEDIN);
    assertThat(goal.target()).contains(Target.doubling());
    assertThat(goal.start()).contains(LocalDate.of(2026, 1, 1));
    assertThat(goal.deadline()).contains(LocalDate.of(2026, 6, 30));
  }

  @Test
  void reportsWhatItCouldNotResolve() throws Exception {
    Cli.Result r = Cli.run("parse", "Be great on social", "--as-of", "2026-01-01", "--id", "vague");
    assertThat(r.status()).isZero();
    JsonNode root = NorthstarJson.mapper().readTree(r.out()).get("parsed");
    assertThat(root.get("complete").asBoolean()).isFalse();
    assertThat(root.get("unresolved").size()).isPositive();
    assertThat(root.get("unresolved").get(0).get("reason").asText()).isNotBlank();
    assertThat(root.get("unresolved").get(0).get("part").asText()).isEqualTo("scope");
  }

  @Test
  void givesTheReasonInTheStatementsLanguageWithItsCode() throws Exception {
    Cli.Result r =
        Cli.run(
            "parse",
            "Erhöhen Sie die Instagram-Follower um 20% im letzten Quartal",
            "--as-of",
            "2026-03-10",
            "--lang",
            "de");
    assertThat(r.status()).as(r.err()).isZero();
    JsonNode unresolved = NorthstarJson.mapper().readTree(r.out()).get("parsed").get("unresolved");
    JsonNode past = unresolved.get(0);
    assertThat(past.get("code").asText()).isEqualTo("period-in-past");
    assertThat(past.get("text").asText()).isEqualTo("im letzten Quartal");
    assertThat(past.get("part").asText()).isEqualTo("period");
    // the German text of smart's reasons_de.properties, not the English one
    assertThat(past.get("reason").asText())
        .isEqualTo(
            "liegt in der Vergangenheit; der Zeitraum eines Ziels liegt nach dem Bezugsdatum");
    assertThat(unresolved.get(1).get("code").asText()).isEqualTo("no-period");
    assertThat(unresolved.get(1).get("reason").asText()).startsWith("nennt keinen Zeitraum");
  }

  /** The seed example goals of DOMAIN.md section 4, in English. */
  static final List<String> SEEDS =
      List.of(
          "Double LinkedIn followers within six months",
          "Increase total Instagram followers by 20% in the next quarter",
          "Increase Facebook reach by 40% by the end of August (31 days)",
          "Increase traffic to the \"New items\" page from Pinterest by 50% in Q4",
          "Generate 500 new leads from Facebook and 150 from Twitter in the \"Back to school\""
              + " campaign, 5 August to 1 September",
          "Sign two free influencers and one paid influencer in Q3, to promote a skincare line in"
              + " Q4",
          "Generate 25 new skateboard-shoe sales from Instagram",
          "Increase skateboard-shoe sales by 12% in Q3 through the \"Pre-Holiday Blow Out\""
              + " campaign on Facebook, Pinterest and Instagram",
          "Make a million dollars next week",
          "Get one million Instagram followers in three months");

  @Test
  void everySeedGoalParsesToAFileThatCheckReads() throws Exception {
    int n = 0;
    for (String seed : SEEDS) {
      Path file = dir.resolve("g" + n++ + ".json");
      Cli.Result parse =
          Cli.run(
              "parse", seed, "--as-of", "2026-03-10", "--format", "json", "-o", file.toString());
      assertThat(parse.status()).as(seed + ": " + parse.err()).isZero();
      assertThat(parse.out()).isEmpty();
      assertThat(file).exists();
      assertThat(dir).isDirectoryNotContaining("glob:**.tmp");
      Cli.Result check = Cli.run("check", file.toString(), "--as-of", "2026-03-10");
      // 0 or 1 (error-level findings, such as a relative target without a baseline); never 2
      assertThat(check.status()).as(seed + ": " + check.err()).isIn(0, 1);
      assertThat(check.err()).as(seed).isEmpty();
      JsonNode goals = NorthstarJson.mapper().readTree(file.toFile()).get("goals");
      for (JsonNode g : goals) {
        assertThat(check.out()).as(seed).contains(g.get("id").asText());
      }
      Cli.Result progress =
          Cli.run(
              "progress",
              file.toString(),
              "--metrics",
              Cli.METRICS.toString(),
              "--as-of",
              "2026-08-20");
      assertThat(progress.status()).as(seed + ": " + progress.err()).isIn(0, 1);
    }
  }

  @Test
  void checkRunsTheSmartReportOnTheDrafts() {
    Cli.Result r =
        Cli.run(
            "parse",
            "Increase Instagram engagement rate from 2% to 4% in Q3",
            "--as-of",
            "2026-03-10",
            "--check");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).contains("\"goals\"").contains("\"baseline\"").contains("S specific");
  }

  @Test
  void refusesAnotherFormat() {
    Cli.Result r =
        Cli.run("parse", "Get 5 leads on X in Q2", "--as-of", "2026-03-10", "--format", "csv");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("--format: \"csv\" is not a format of parse; use json");
  }

  @Test
  void readsAGermanStatementWithLangAndCheckAcceptsTheFile() throws Exception {
    Path file = dir.resolve("de.json");
    Cli.Result parse =
        Cli.run(
            "parse",
            "Erhöhen Sie die Gesamtzahl unserer Instagram-Follower im nächsten Quartal um 20%.",
            "--lang",
            "de",
            "--as-of",
            "2026-03-10",
            "--id",
            "instagram-follower",
            "-o",
            file.toString());
    assertThat(parse.status()).as(parse.err()).isZero();
    assertThat(parse.err()).isEmpty();
    JsonNode root = NorthstarJson.mapper().readTree(file.toFile());
    assertThat(root.get("parsed").get("language").asText()).isEqualTo("de");
    assertThat(root.get("parsed").get("complete").asBoolean()).isTrue();
    Path goalFile = dir.resolve("de-goal.json");
    Files.writeString(goalFile, root.get("goals").get(0).toString());
    Goal goal = NorthstarJson.readGoals(goalFile).get(0);
    assertThat(goal.metric()).contains(CoreMetrics.FOLLOWERS);
    assertThat(goal.scope().platforms()).containsExactly(Platform.INSTAGRAM);
    assertThat(goal.target()).contains(Target.increaseByPercent(20));
    assertThat(goal.start()).contains(LocalDate.of(2026, 4, 1));
    assertThat(goal.deadline()).contains(LocalDate.of(2026, 6, 30));
    Cli.Result check = Cli.run("check", file.toString(), "--as-of", "2026-03-10");
    assertThat(check.status()).as(check.err()).isIn(0, 1);
    assertThat(check.err()).isEmpty();
    assertThat(check.out()).contains("instagram-follower");
  }

  @Test
  void guessesTheLanguageAndSaysWhichItChose() throws Exception {
    Cli.Result r =
        Cli.run(
            "parse",
            "Zwiększyć zasięg na Facebooku o 40% do końca sierpnia",
            "--as-of",
            "2026-03-10");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.err())
        .isEqualTo(
            "parse: language pl (Polish), guessed from the statement's words; set it with --lang"
                + System.lineSeparator());
    JsonNode root = NorthstarJson.mapper().readTree(r.out());
    assertThat(root.get("parsed").get("language").asText()).isEqualTo("pl");
    assertThat(root.get("goals").get(0).get("metric").asText()).isEqualTo("reach");
  }

  @Test
  void refusesALanguageWithoutVocabulary() {
    Cli.Result r =
        Cli.run("parse", "Get 5 leads on X in Q2", "--as-of", "2026-03-10", "--lang", "fr");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err())
        .contains("--lang: \"fr\" is not a language of parse; use one of en, de, pl, lv, id, vi");
  }

  /** The seeds' example goals in their own words, with their language (DOMAIN.md section 4). */
  static final List<List<String>> SEEDS_IN_THEIR_LANGUAGE =
      List.of(
          List.of(
              "de",
              "Erhöhen Sie die Gesamtzahl unserer Instagram-Follower im nächsten Quartal um 20%."),
          List.of("de", "eine Million Instagram-Follower in drei Monaten zu bekommen"),
          List.of("lv", "sešu mēnešu laikā vēlaties dubultot LinkedIn sekotāju skaitu"),
          List.of("lv", "nākamajā nedēļā vēlaties sasniegt miljonu dolāru"),
          List.of(
              "vi",
              "Tăng phạm vi tiếp cận trên Facebook lên 40 phần trăm vào cuối tháng 8 (31 ngày)"),
          List.of(
              "vi",
              "Tăng lưu lượng truy cập vào trang web “Các mặt hàng mới” từ Pinterest lên 50 phần"
                  + " trăm trong Q4."),
          List.of(
              "vi",
              "Tạo ra 500 khách hàng tiềm năng mới từ Facebook và 150 khách hàng tiềm năng mới từ"
                  + " Twitter trong “Chiến dịch tựu trường” từ ngày 5 tháng 8 đến ngày 1 tháng 9."),
          List.of(
              "vi",
              "Chỉ định hai người có ảnh hưởng miễn phí và 1 người ảnh hưởng có hợp đồng trả phí"
                  + " mới trong Quý 3 để quảng cáo dòng sản phẩm chăm sóc da mới trong Quý 4."),
          List.of(
              "vi",
              "Tăng doanh số bán giày trượt ván lên 12% trong Quý 3 nhờ chiến dịch truyền thông xã"
                  + " hội “Pre-Holiday Blow Out” sử dụng Facebook, Pinterest và Instagram."),
          List.of("vi", "tạo ra 25 doanh số bán giày trượt ván mới từ Instagram"));

  @Test
  void everySeedGoalInItsLanguageParsesToAFileThatCheckReads() throws Exception {
    int n = 0;
    for (List<String> seed : SEEDS_IN_THEIR_LANGUAGE) {
      Path file = dir.resolve("s" + n++ + ".json");
      Cli.Result parse =
          Cli.run(
              "parse",
              seed.get(1),
              "--lang",
              seed.get(0),
              "--as-of",
              "2026-03-10",
              "--id",
              "seed-goal",
              "-o",
              file.toString());
      assertThat(parse.status()).as(seed + ": " + parse.err()).isZero();
      JsonNode root = NorthstarJson.mapper().readTree(file.toFile());
      assertThat(root.get("parsed").get("language").asText()).isEqualTo(seed.get(0));
      assertThat(root.get("goals").size()).as(seed.toString()).isPositive();
      Cli.Result check = Cli.run("check", file.toString(), "--as-of", "2026-03-10");
      assertThat(check.status()).as(seed + ": " + check.err()).isIn(0, 1);
      assertThat(check.err()).as(seed.toString()).isEmpty();
      assertThat(check.out()).as(seed.toString()).contains("seed-goal");
      // without --lang, the language is guessed right
      Cli.Result guessed =
          Cli.run("parse", seed.get(1), "--as-of", "2026-03-10", "--id", "seed-goal");
      assertThat(
              NorthstarJson.mapper().readTree(guessed.out()).get("parsed").get("language").asText())
          .as(seed.toString())
          .isEqualTo(seed.get(0));
    }
  }
}
