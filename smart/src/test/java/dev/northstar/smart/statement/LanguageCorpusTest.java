package dev.northstar.smart.statement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.smart.internal.StatementCaches;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The corpus of each seed language (corpus-de.tsv...): the seed's own example goals (set "seed")
 * and at least 40 statements as native marketers write them, each with its expected parts, in the
 * format of corpus-en.tsv. The bar is English's: at least 95% of all parts right, the rest
 * unresolved, none wrong. The figures are the row of the language's table in docs/smart.md, so that
 * the document cannot drift from what is measured.
 */
class LanguageCorpusTest {

  /** Vocabularies built in this test, not cached by an earlier one (see StatementCaches). */
  @BeforeEach
  void buildTheVocabulariesAnew() {
    StatementCaches.clear();
  }

  private static final LocalDate REFERENCE = LocalDate.of(2026, 3, 10);
  private static final List<GoalPart> PARTS =
      List.of(GoalPart.METRIC, GoalPart.SCOPE, GoalPart.TARGET, GoalPart.PERIOD);

  /** Each seed goal in the seed's words and in DOMAIN.md's English (section 4). */
  private static final Map<String, String> SEED_GOALS =
      Map.of(
          "Erhöhen Sie die Gesamtzahl unserer Instagram-Follower im nächsten Quartal um 20%.",
          "Increase total Instagram followers by 20% in the next quarter",
          "eine Million Instagram-Follower in drei Monaten zu bekommen",
          "Get one million Instagram followers in three months",
          "sešu mēnešu laikā vēlaties dubultot LinkedIn sekotāju skaitu",
          "Double LinkedIn followers within six months",
          "nākamajā nedēļā vēlaties sasniegt miljonu dolāru",
          "Make a million dollars next week",
          "Tăng phạm vi tiếp cận trên Facebook lên 40 phần trăm vào cuối tháng 8 (31 ngày)",
          "Increase Facebook reach by 40% by the end of August (31 days)",
          "Tăng lưu lượng truy cập vào trang web “Các mặt hàng mới” từ Pinterest lên 50 phần trăm"
              + " trong Q4.",
          "Increase traffic to the \"New items\" page from Pinterest by 50% in Q4",
          "Tạo ra 500 khách hàng tiềm năng mới từ Facebook và 150 khách hàng tiềm năng mới từ"
              + " Twitter trong “Chiến dịch tựu trường” từ ngày 5 tháng 8 đến ngày 1 tháng 9.",
          "Generate 500 new leads from Facebook and 150 from Twitter in the \"Back to school\""
              + " campaign, 5 August to 1 September",
          "Chỉ định hai người có ảnh hưởng miễn phí và 1 người ảnh hưởng có hợp đồng trả phí mới"
              + " trong Quý 3 để quảng cáo dòng sản phẩm chăm sóc da mới trong Quý 4.",
          "Sign two free influencers and one paid influencer in Q3, to promote a skincare line in"
              + " Q4",
          "Tăng doanh số bán giày trượt ván lên 12% trong Quý 3 nhờ chiến dịch truyền thông xã hội"
              + " “Pre-Holiday Blow Out” sử dụng Facebook, Pinterest và Instagram.",
          "Increase skateboard-shoe sales by 12% in Q3 through the \"Pre-Holiday Blow Out\""
              + " campaign on Facebook, Pinterest and Instagram",
          "tạo ra 25 doanh số bán giày trượt ván mới từ Instagram",
          "Generate 25 new skateboard-shoe sales from Instagram");

  /**
   * A draft's goal without its statement and the names in its scope (a campaign, page or product is
   * named in the statement's language): every other part, with its confidence.
   */
  static List<Object> goal(GoalDraft d) {
    List<Object> parts = new ArrayList<>();
    parts.addAll(
        List.of(
            d.metric(),
            d.category(),
            d.scope().platforms(),
            d.scope().isAllPlatforms(),
            d.target(),
            d.period(),
            d.tags(),
            d.baseline()));
    parts.add(d.window());
    for (GoalPart part : PARTS) {
      parts.add(d.confidence(part));
    }
    return parts;
  }

  record Row(String set, String statement, List<String> expected) {}

  static List<Row> corpus(String language) throws IOException {
    String name = "corpus-" + language + ".tsv";
    try (InputStream in = LanguageCorpusTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      List<Row> rows = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        assertThat(f).as(line).hasSize(7);
        rows.add(new Row(f[0], f[1], List.of(f).subList(2, 7)));
      }
      return rows;
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"de", "pl", "lv", "id", "vi"})
  void readsTheCorpusAtTheBarWithNoPartWrong(String language) throws IOException {
    List<Row> rows = corpus(language);
    assertThat(rows.stream().filter(r -> !r.set().equals("seed"))).hasSizeGreaterThanOrEqualTo(40);
    GoalStatementParser parser = GoalStatementParser.forLocale(Locale.forLanguageTag(language));
    int[] tally = new int[3];
    List<String> wrong = new ArrayList<>();
    List<String> seedMisses = new ArrayList<>();
    for (Row row : rows) {
      ParsedStatement p = parser.parse(row.statement(), REFERENCE);
      int drafts = row.expected().get(1).split(";").length;
      for (int k = 0; k < drafts; k++) {
        for (GoalPart part : PARTS) {
          String exp = StatementCorpusTest.expected(part, row.expected(), k);
          StatementCorpusTest.Outcome o =
              p.drafts().size() != drafts
                  ? StatementCorpusTest.Outcome.WRONG
                  : StatementCorpusTest.judge(
                      exp, StatementCorpusTest.actual(part, p.drafts().get(k)));
          tally[StatementCorpusTest.column(o)]++;
          if (o == StatementCorpusTest.Outcome.WRONG) {
            wrong.add(part + ": \"" + row.statement() + "\" expected " + exp);
          }
          if (row.set().equals("seed") && o != StatementCorpusTest.Outcome.RIGHT) {
            seedMisses.add(part + ": \"" + row.statement() + "\" expected " + exp);
          }
        }
      }
    }
    String figures =
        String.format(
            Locale.ROOT,
            "| %s | %d | %d | %d | %d | %.1f |",
            language,
            rows.size(),
            tally[0],
            tally[1],
            tally[2],
            100.0 * tally[0] / (tally[0] + tally[1] + tally[2]));
    System.out.println(figures);
    assertThat(wrong).as("parts read wrong").isEmpty();
    assertThat(seedMisses).as("seed goals not read in full").isEmpty();
    assertThat((double) tally[0] / (tally[0] + tally[1] + tally[2]))
        .as("share of parts read right")
        .isGreaterThanOrEqualTo(0.95);
    assertThat(Files.readString(Path.of("..", "docs", "smart.md")))
        .as("docs/smart.md states the measured figures")
        .contains(figures);
  }

  @ParameterizedTest
  @ValueSource(strings = {"de", "lv", "vi"})
  void theSeedGoalsReadAsTheirEnglishVersions(String language) throws IOException {
    GoalStatementParser parser = GoalStatementParser.forLocale(Locale.forLanguageTag(language));
    List<Row> seeds = corpus(language).stream().filter(r -> r.set().equals("seed")).toList();
    assertThat(seeds).isNotEmpty();
    for (Row row : seeds) {
      String english = SEED_GOALS.get(row.statement());
      assertThat(english).as("English version of " + row.statement()).isNotNull();
      ParsedStatement p = parser.parse(row.statement(), REFERENCE);
      ParsedStatement e = GoalStatementParser.standard().parse(english, REFERENCE);
      assertThat(p.isComplete()).as(row.statement()).isEqualTo(e.isComplete());
      assertThat(p.unresolved().stream().map(UnresolvedPart::part).toList())
          .as(row.statement())
          .isEqualTo(e.unresolved().stream().map(UnresolvedPart::part).toList());
      assertThat(p.drafts().stream().map(LanguageCorpusTest::goal).toList())
          .as(row.statement())
          .isEqualTo(e.drafts().stream().map(LanguageCorpusTest::goal).toList());
    }
  }
}
