package dev.northstar.progress.forecast;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The series of the backtest, read from the files under {@code examples/data/}. */
final class BacktestData {

  private BacktestData() {}

  static Path examples(String file) {
    Path p = Path.of("..", "examples", "data").resolve(file);
    return Files.exists(p) ? p : Path.of("examples", "data").resolve(file);
  }

  /**
   * The page's total likes over 2014, rebuilt from the posts of the Facebook export. The rows are
   * in reverse order of time and carry the month and the weekday (1 = Sunday) but not the day of
   * the month; read from the last row to the first, each post goes on the first date on or after
   * the previous post's date that is in its month and on its weekday (1 January 2014, a Wednesday,
   * is weekday 4). A day's value is the largest page total of its posts; the days without posts are
   * interpolated linearly between their neighbours.
   */
  static DailySeries facebookLikes() {
    List<String> lines;
    try {
      lines = Files.readAllLines(examples("facebook-metrics/dataset_Facebook.csv"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> posts = new ArrayList<>(lines.subList(1, lines.size()));
    Collections.reverse(posts);
    TreeMap<LocalDate, Double> byDay = new TreeMap<>();
    LocalDate date = LocalDate.of(2014, 1, 1);
    for (String line : posts) {
      String[] f = line.split(";", -1);
      double likes = Double.parseDouble(f[0]);
      int month = Integer.parseInt(f[3]);
      DayOfWeek weekday = DayOfWeek.SUNDAY.plus(Integer.parseInt(f[4]) - 1L);
      if (month != date.getMonthValue()) {
        if (month < date.getMonthValue()) {
          throw new IllegalStateException("post out of order: month " + month + " after " + date);
        }
        date = LocalDate.of(2014, month, 1);
      }
      while (date.getDayOfWeek() != weekday) {
        date = date.plusDays(1);
      }
      if (date.getMonthValue() != month) {
        throw new IllegalStateException("no " + weekday + " left in month " + month);
      }
      byDay.merge(date, likes, Math::max);
    }
    TreeMap<LocalDate, Double> daily = new TreeMap<>();
    Map.Entry<LocalDate, Double> previous = null;
    for (Map.Entry<LocalDate, Double> e : byDay.entrySet()) {
      if (previous != null) {
        long gap = e.getKey().toEpochDay() - previous.getKey().toEpochDay();
        for (long d = 1; d < gap; d++) {
          daily.put(
              previous.getKey().plusDays(d),
              previous.getValue() + (e.getValue() - previous.getValue()) * d / gap);
        }
      }
      daily.put(e.getKey(), e.getValue());
      previous = e;
    }
    return DailySeries.from(daily);
  }

  /**
   * One column of one platform's organic rows (no campaign, content or product) of the example
   * generator's {@code generated/daily-metrics-2026.csv}.
   */
  static DailySeries generated(String platform, String column) {
    List<String> lines;
    try {
      lines = Files.readAllLines(examples("generated/daily-metrics-2026.csv"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> header = List.of(lines.get(0).split(","));
    int c = header.indexOf(column);
    TreeMap<LocalDate, Double> values = new TreeMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",", -1);
      if (f[0].equals(platform) && f[1].isEmpty() && f[2].isEmpty() && f[3].isEmpty()) {
        values.put(LocalDate.parse(f[4]), Double.parseDouble(f[c]));
      }
    }
    return DailySeries.from(values);
  }
}
