package dev.northstar.progress.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The backtest of docs/progress.md: the chosen model against the linear baseline, on the real
 * Facebook page likes and on the example generator's series. Prints the table's rows.
 */
class BacktestTest {

  static final int FIRST = 112;
  static final int STEP = 28;
  static final int HORIZON = 28;

  static List<BacktestScore> row(String name, DailySeries s) {
    List<BacktestScore> scores = new ArrayList<>();
    scores.add(Backtest.run(s, SeriesKind.LEVEL, null, FIRST, STEP, HORIZON));
    for (ForecastModel m : ForecastModel.values()) {
      boolean positive = java.util.Arrays.stream(s.values()).allMatch(v -> v > 0);
      if (!m.isLogScale() || positive) {
        scores.add(Backtest.run(s, SeriesKind.LEVEL, m, FIRST, STEP, HORIZON));
      }
    }
    StringBuilder line = new StringBuilder("| " + name);
    for (BacktestScore b : scores) {
      line.append(
          String.format(
              java.util.Locale.ROOT,
              " | %s %.2f / %.1f%% / %.0f%%",
              b.model(),
              b.mase(),
              b.mape(),
              100 * b.coverage80()));
    }
    System.out.println(line + " |");
    return scores;
  }

  @Test
  void rebuiltFacebookSeriesCoversTheYear() {
    DailySeries likes = BacktestData.facebookLikes();
    assertThat(likes.start()).isEqualTo(LocalDate.of(2014, 1, 1));
    assertThat(likes.lastDate().getYear()).isEqualTo(2014);
    assertThat(likes.value(0)).isEqualTo(81370.0);
    assertThat(likes.value(likes.size() - 1)).isEqualTo(139441.0);
  }

  @Test
  void chosenModelBeatsTheLinearBaselineAndItsIntervalsCoverAbout80Percent() {
    List<List<BacktestScore>> rows = new ArrayList<>();
    rows.add(row("Facebook page likes 2014", BacktestData.facebookLikes()));
    int synthetic = 0;
    int beaten = 0;
    for (String platform : List.of("facebook", "instagram", "linkedin", "pinterest", "x")) {
      for (String column : List.of("followers", "likes")) {
        List<BacktestScore> r =
            row(platform + " " + column, BacktestData.generated(platform, column));
        rows.add(r);
        synthetic++;
        beaten += r.get(0).mase() < r.get(1).mase() ? 1 : 0;
      }
    }
    List<BacktestScore> real = rows.get(0);
    assertThat(real.get(0).mase()).as("real: chosen vs linear MASE").isLessThan(real.get(1).mase());
    assertThat(beaten)
        .as("synthetic series where the chosen model beats linear")
        .isGreaterThan(synthetic / 2);
    int points = 0;
    double covered = 0;
    for (List<BacktestScore> r : rows) {
      points += r.get(0).points();
      covered += r.get(0).coverage80() * r.get(0).points();
    }
    double coverage = covered / points;
    System.out.println(
        "overall 80% coverage of the chosen model: " + coverage + " over " + points + " points");
    assertThat(coverage).as("80% coverage over all held-back points").isBetween(0.70, 0.90);
    assertThat(real.get(0).coverage80())
        .as("80% coverage on the real series")
        .isBetween(0.70, 0.90);
  }

  @Test
  void refusesArgumentsOutOfRange() {
    DailySeries s = DailySeries.of(LocalDate.of(2026, 1, 1), 1, 2, 3, 4, 5, 6, 7, 8);
    assertThatThrownBy(() -> Backtest.run(s, SeriesKind.LEVEL, null, 8, 1, 1))
        .hasMessage(
            "a backtest needs 2 <= first < 8 (the series' days), step >= 1 and horizon >= 1, but got first 8, step 1, horizon 1");
    assertThatThrownBy(() -> Backtest.run(s, SeriesKind.LEVEL, null, 1, 1, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Backtest.run(s, SeriesKind.LEVEL, null, 5, 0, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Backtest.run(s, SeriesKind.LEVEL, null, 5, 1, 0))
        .isInstanceOf(IllegalArgumentException.class);
    BacktestScore b = Backtest.run(s, SeriesKind.LEVEL, ForecastModel.LINEAR, 5, 1, 2);
    // origins 5, 6, 7 forecast 2, 2 and 1 days of an exact line: no error, all inside
    assertThat(b.points()).isEqualTo(5);
    assertThat(b.mase()).isLessThan(1e-9);
    assertThat(b.toString()).startsWith("LINEAR: MASE 0.000, MAPE 0.00%, 80% coverage");
  }
}
