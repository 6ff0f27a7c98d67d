package dev.northstar.cli.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Draws a KPI's trend as inline SVG: the periods evenly spaced on the x axis, the KPI on the y axis
 * (rates as percents), a line per group with a marker per value. An undefined value is a gap in its
 * line, never a zero. Each marker's title gives the group, period and value as the report shows it;
 * lines differ by dash pattern as well as colour, so that a grey print tells them apart. The scale
 * and its labels are the goal charts' ({@link ChartScale}).
 */
final class TrendChart {
  static final int WIDTH = 640;
  static final int HEIGHT = 220;
  private static final int LEFT = 64;
  // room for half of the last period's label, centred on its point
  private static final int RIGHT = 40;
  private static final int TOP = 12;
  private static final int BOTTOM = 32;

  private final KpiTrend trend;
  private final double yMin;
  private final double yMax;

  private TrendChart(KpiTrend trend, double lo, double hi) {
    this.trend = trend;
    if (hi <= lo) {
      hi = lo + (lo == 0 ? 1 : Math.abs(lo) * 0.1);
    }
    double margin = (hi - lo) * 0.08;
    double[] ticks =
        ChartScale.niceRange(lo >= 0 && lo - margin < 0 ? 0 : lo - margin, hi + margin);
    this.yMin = ticks[0];
    this.yMax = ticks[1];
  }

  /**
   * Returns the chart's SVG element, or empty when no group has a value in any period.
   *
   * @param trend what to draw
   * @param description what it shows in words, its text alternative
   */
  static Optional<String> render(KpiTrend trend, String description) {
    double lo = Double.MAX_VALUE;
    double hi = -Double.MAX_VALUE;
    for (KpiTrend.Line line : trend.lines()) {
      for (Optional<BigDecimal> v : line.values()) {
        if (v.isPresent()) {
          double d = scaled(trend, v.get());
          lo = Math.min(lo, d);
          hi = Math.max(hi, d);
        }
      }
    }
    if (lo > hi) {
      return Optional.empty();
    }
    return Optional.of(new TrendChart(trend, lo, hi).svg(description));
  }

  private static double scaled(KpiTrend trend, BigDecimal v) {
    return trend.percent() ? v.doubleValue() * 100 : v.doubleValue();
  }

  private String svg(String description) {
    String id = "trend-" + trend.kpi();
    StringBuilder s = new StringBuilder();
    s.append("<svg class=\"trend\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(HEIGHT)
        .append("\" width=\"")
        .append(WIDTH)
        .append("\" height=\"")
        .append(HEIGHT)
        .append("\" role=\"img\" aria-labelledby=\"")
        .append(Html.escape(id + "-title"))
        .append(' ')
        .append(Html.escape(id + "-desc"))
        .append("\">\n<title id=\"")
        .append(Html.escape(id + "-title"))
        .append("\">")
        .append(Html.escape(trend.kpi() + " per period"))
        .append("</title>\n<desc id=\"")
        .append(Html.escape(id + "-desc"))
        .append("\">")
        .append(Html.escape(description))
        .append("</desc>\n");
    axes(s);
    for (int k = 0; k < trend.lines().size(); k++) {
      line(s, trend.lines().get(k), k);
    }
    return s.append("</svg>").toString();
  }

  private void axes(StringBuilder s) {
    int bottom = HEIGHT - BOTTOM;
    s.append(line(LEFT, bottom, WIDTH - RIGHT, bottom, "axis"))
        .append(line(LEFT, TOP, LEFT, bottom, "axis"));
    for (int i = 0; i <= 4; i++) {
      double v = yMin + i * (yMax - yMin) / 4;
      double y = TOP + (bottom - TOP) * (1 - i / 4.0);
      s.append(line(LEFT, y, WIDTH - RIGHT, y, "grid"))
          .append("<text class=\"tick\" x=\"")
          .append(LEFT - 6)
          .append("\" y=\"")
          .append(fmt(y + 4))
          .append("\" text-anchor=\"end\">")
          .append(ChartScale.tickLabel(v))
          .append(trend.percent() ? "%" : "")
          .append("</text>\n");
    }
    int n = trend.periods().size();
    // about eight labels at most, so that they never overlap
    int every = Math.max(1, (n + 7) / 8);
    for (int i = n - 1; i >= 0; i -= every) {
      double x = x(i);
      s.append(line(x, bottom, x, bottom + 4, "axis"))
          .append("<text class=\"tick\" x=\"")
          .append(fmt(x))
          .append("\" y=\"")
          .append(bottom + 16)
          .append("\" text-anchor=\"middle\">")
          .append(Html.escape(trend.periods().get(i)))
          .append("</text>\n");
    }
  }

  // one polyline per run of defined values: an undefined value ends a run, so it is a gap
  private void line(StringBuilder s, KpiTrend.Line line, int k) {
    List<String> run = new ArrayList<>();
    for (int i = 0; i <= line.values().size(); i++) {
      Optional<BigDecimal> v = i < line.values().size() ? line.values().get(i) : Optional.empty();
      if (v.isPresent()) {
        run.add(fmt(x(i)) + "," + fmt(y(scaled(trend, v.get()))));
      } else {
        if (run.size() > 1) {
          s.append("<polyline class=\"series s")
              .append(k)
              .append("\" points=\"")
              .append(String.join(" ", run))
              .append("\"/>\n");
        }
        run.clear();
      }
    }
    for (int i = 0; i < line.values().size(); i++) {
      Optional<BigDecimal> v = line.values().get(i);
      if (v.isPresent()) {
        s.append("<circle class=\"point s")
            .append(k)
            .append("\" cx=\"")
            .append(fmt(x(i)))
            .append("\" cy=\"")
            .append(fmt(y(scaled(trend, v.get()))))
            .append("\" r=\"3\"><title>")
            .append(Html.escape(line.group() + " " + trend.periods().get(i) + ": "))
            .append(Html.escape(line.shown().get(i)))
            .append("</title></circle>\n");
      }
    }
  }

  private static String line(double x1, double y1, double x2, double y2, String kind) {
    return "<line class=\""
        + kind
        + "\" x1=\""
        + fmt(x1)
        + "\" y1=\""
        + fmt(y1)
        + "\" x2=\""
        + fmt(x2)
        + "\" y2=\""
        + fmt(y2)
        + "\"/>\n";
  }

  private double x(int i) {
    int n = trend.periods().size();
    double width = WIDTH - LEFT - RIGHT;
    return n == 1 ? LEFT + width / 2 : LEFT + width * i / (n - 1);
  }

  private double y(double v) {
    double clamped = Math.max(yMin, Math.min(yMax, v));
    return TOP + (HEIGHT - BOTTOM - TOP) * (1 - (clamped - yMin) / (yMax - yMin));
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
