package dev.northstar.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.cli.report.ChartData.BandPoint;
import dev.northstar.cli.report.ChartData.Point;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ForecastBandChartTest {
  private static final LocalDate START = LocalDate.of(2026, 1, 1);

  /** Ten days of actual values 100..109, then a forecast of 110..119 with a band of +-5. */
  private static ChartData chart(boolean band) {
    List<Point> actual = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      actual.add(new Point(START.plusDays(i), BigDecimal.valueOf(100 + i)));
    }
    List<Point> forecast = new ArrayList<>(List.of(actual.get(9)));
    List<BandPoint> bands = new ArrayList<>();
    for (int i = 10; i < 20; i++) {
      forecast.add(new Point(START.plusDays(i), BigDecimal.valueOf(100 + i)));
      bands.add(new BandPoint(START.plusDays(i), 95 + i, 100 + i, 105 + i));
    }
    return new ChartData(
        START,
        START.plusDays(19),
        START.plusDays(9),
        actual,
        Optional.empty(),
        Optional.of(BigDecimal.valueOf(130)),
        Optional.empty(),
        forecast,
        band ? bands : List.of());
  }

  @Test
  void theBandIsAPolygonOfTheUpperBoundsThenTheLowerBoundsAroundTheForecast() {
    String svg = SvgChart.render(chart(true), "g", "Goal", "Chart of x.");
    Matcher m = Pattern.compile("<polygon class=\"band80\" points=\"([^\"]*)\">").matcher(svg);
    assertThat(m.find()).isTrue();
    String[] band = m.group(1).trim().split(" ", -1);
    assertThat(band).hasSize(20);
    Matcher f = Pattern.compile("<polyline class=\"forecast\" points=\"([^\"]*)\"").matcher(svg);
    assertThat(f.find()).isTrue();
    String[] forecast = f.group(1).trim().split(" ", -1);
    assertThat(forecast).hasSize(11);
    for (int i = 0; i < 10; i++) {
      double[] upper = xy(band[i]);
      double[] lower = xy(band[19 - i]);
      double[] point = xy(forecast[i + 1]);
      assertThat(upper[0]).isEqualTo(point[0]).isEqualTo(lower[0]);
      // 5 units above and below on a scale where y grows downwards: equal distances
      assertThat(upper[1]).isLessThan(point[1]);
      assertThat(lower[1]).isGreaterThan(point[1]);
      assertThat(point[1] - upper[1]).isCloseTo(lower[1] - point[1], within());
    }
    // the band is drawn before (under) the forecast line
    assertThat(svg.indexOf("class=\"band80\"")).isLessThan(svg.indexOf("class=\"forecast\""));
    assertThat(svg)
        .contains(
            "<title>80% prediction interval of the forecast</title>",
            "aria-labelledby=\"chart-g-title chart-g-desc\"",
            "<title id=\"chart-g-title\">Goal</title>",
            "<desc id=\"chart-g-desc\">Chart of x.</desc>");
  }

  @Test
  void withoutAnOutlookThereIsNoBand() {
    String svg = SvgChart.render(chart(false), "g", "Goal", "Chart of x.");
    assertThat(svg).contains("class=\"forecast\"").doesNotContain("<polygon");
  }

  private static org.assertj.core.data.Offset<Double> within() {
    // coordinates are printed with one decimal
    return org.assertj.core.data.Offset.offset(0.11);
  }

  private static double[] xy(String pair) {
    String[] p = pair.split(",", -1);
    return new double[] {Double.parseDouble(p[0]), Double.parseDouble(p[1])};
  }
}
