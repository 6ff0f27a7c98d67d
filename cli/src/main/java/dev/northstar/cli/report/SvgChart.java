package dev.northstar.cli.report;

import dev.northstar.cli.report.ChartData.BandPoint;
import dev.northstar.cli.report.ChartData.Point;
import dev.northstar.cli.report.ChartData.Segment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * Draws a goal's chart as inline SVG: time on the x axis, the metric on the y axis, the actual
 * series as a solid line, the expected pace as a dotted line, the target as a dashed line, the
 * forecast as a dashed line from the latest value to the deadline inside its shaded 80% prediction
 * band, and the date judged at. The chart's title names the goal; its description says in words
 * what it shows, for screen readers and as the text alternative.
 */
final class SvgChart {
  static final int WIDTH = 640;
  static final int HEIGHT = 260;
  private static final int LEFT = 64;
  private static final int RIGHT = 16;
  private static final int TOP = 16;
  private static final int BOTTOM = 36;

  private final ChartData data;
  private final double yMin;
  private final double yMax;
  private final long days;

  private SvgChart(ChartData data) {
    this.data = data;
    double lo = Double.MAX_VALUE;
    double hi = -Double.MAX_VALUE;
    for (double v : ChartScale.values(data)) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    if (hi <= lo) {
      hi = lo + 1;
    }
    double margin = (hi - lo) * 0.08;
    double[] ticks =
        ChartScale.niceRange(lo >= 0 && lo - margin < 0 ? 0 : lo - margin, hi + margin);
    this.yMin = ticks[0];
    this.yMax = ticks[1];
    this.days = Math.max(1, ChronoUnit.DAYS.between(data.from(), data.to()));
  }

  /**
   * Returns the SVG element of a chart.
   *
   * @param data what to draw
   * @param id unique in the page, such as the goal's id: the prefix of the chart's element ids
   * @param title the chart's title, its accessible name
   * @param description what it shows in words, its text alternative
   */
  static String render(ChartData data, String id, String title, String description) {
    return new SvgChart(data).svg("chart-" + id, title, description);
  }

  private String svg(String id, String title, String description) {
    StringBuilder s = new StringBuilder();
    s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
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
        .append("\">\n");
    s.append("<title id=\"")
        .append(Html.escape(id + "-title"))
        .append("\">")
        .append(Html.escape(title))
        .append("</title>\n<desc id=\"")
        .append(Html.escape(id + "-desc"))
        .append("\">")
        .append(Html.escape(description))
        .append("</desc>\n");
    axes(s);
    data.targetBand().ifPresent(b -> targetBand(s, b));
    if (!data.band80().isEmpty()) {
      band80(s, data.band80());
    }
    data.target().ifPresent(t -> s.append(line(data.from(), t, data.to(), t, "target")));
    data.pace().ifPresent(p -> s.append(line(p.start(), p.end(), "pace")));
    if (!data.forecast().isEmpty()) {
      polyline(s, "forecast", data.forecast());
    }
    polyline(s, "actual", data.actual());
    if (!data.asOf().isBefore(data.from()) && !data.asOf().isAfter(data.to())) {
      double x = x(data.asOf());
      s.append("<line class=\"asof\" x1=\"")
          .append(fmt(x))
          .append("\" y1=\"")
          .append(TOP)
          .append("\" x2=\"")
          .append(fmt(x))
          .append("\" y2=\"")
          .append(HEIGHT - BOTTOM)
          .append("\"/>\n");
      // right of the line in the chart's left half, left of it in the right half: never clipped
      boolean right = x < WIDTH / 2.0;
      s.append("<text class=\"label\" x=\"")
          .append(fmt(right ? x + 3 : x - 3))
          .append(right ? "" : "\" text-anchor=\"end")
          .append("\" y=\"")
          .append(TOP + 10)
          .append("\">as of ")
          .append(data.asOf())
          .append("</text>\n");
    }
    return s.append("</svg>").toString();
  }

  private void axes(StringBuilder s) {
    int bottom = HEIGHT - BOTTOM;
    s.append("<line class=\"axis\" x1=\"")
        .append(LEFT)
        .append("\" y1=\"")
        .append(bottom)
        .append("\" x2=\"")
        .append(WIDTH - RIGHT)
        .append("\" y2=\"")
        .append(bottom)
        .append("\"/>\n");
    s.append("<line class=\"axis\" x1=\"")
        .append(LEFT)
        .append("\" y1=\"")
        .append(TOP)
        .append("\" x2=\"")
        .append(LEFT)
        .append("\" y2=\"")
        .append(bottom)
        .append("\"/>\n");
    double step = (yMax - yMin) / 4;
    for (int i = 0; i <= 4; i++) {
      double v = yMin + i * step;
      double y = TOP + (bottom - TOP) * (1 - i / 4.0);
      s.append("<line class=\"grid\" x1=\"")
          .append(LEFT)
          .append("\" y1=\"")
          .append(fmt(y))
          .append("\" x2=\"")
          .append(WIDTH - RIGHT)
          .append("\" y2=\"")
          .append(fmt(y))
          .append("\"/>\n");
      s.append("<text class=\"tick\" x=\"")
          .append(LEFT - 6)
          .append("\" y=\"")
          .append(fmt(y + 4))
          .append("\" text-anchor=\"end\">")
          .append(ChartScale.tickLabel(v))
          .append("</text>\n");
    }
    boolean weekly = days <= 62;
    for (LocalDate tick :
        weekly
            ? ChartScale.weekTicks(data.from(), data.to())
            : ChartScale.monthTicks(data.from(), data.to())) {
      double x = x(tick);
      s.append("<line class=\"axis\" x1=\"")
          .append(fmt(x))
          .append("\" y1=\"")
          .append(bottom)
          .append("\" x2=\"")
          .append(fmt(x))
          .append("\" y2=\"")
          .append(bottom + 4)
          .append("\"/>\n");
      s.append("<text class=\"tick\" x=\"")
          .append(fmt(x))
          .append("\" y=\"")
          .append(bottom + 16)
          .append("\" text-anchor=\"middle\">")
          .append(tick.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
      if (weekly) {
        s.append(' ').append(tick.getDayOfMonth());
      } else if (tick.getMonthValue() == 1) {
        s.append(' ').append(tick.getYear());
      }
      s.append("</text>\n");
    }
  }

  private void polyline(StringBuilder s, String kind, List<Point> points) {
    s.append("<polyline class=\"").append(kind).append("\" points=\"");
    for (Point p : points) {
      s.append(fmt(x(p.date()))).append(',').append(fmt(y(p.value()))).append(' ');
    }
    s.append("\"/>\n");
  }

  // the upper bounds left to right, then the lower bounds right to left: one closed outline
  private void band80(StringBuilder s, List<BandPoint> band) {
    s.append("<polygon class=\"band80\" points=\"");
    for (BandPoint b : band) {
      s.append(fmt(x(b.date()))).append(',').append(fmt(y(b.upper()))).append(' ');
    }
    for (int i = band.size() - 1; i >= 0; i--) {
      BandPoint b = band.get(i);
      s.append(fmt(x(b.date()))).append(',').append(fmt(y(b.lower()))).append(' ');
    }
    s.append("\"><title>80% prediction interval of the forecast</title></polygon>\n");
  }

  private void targetBand(StringBuilder s, Segment b) {
    double top = y(b.end().value());
    double low = y(b.start().value());
    s.append("<rect class=\"band\" x=\"")
        .append(LEFT)
        .append("\" y=\"")
        .append(fmt(Math.min(top, low)))
        .append("\" width=\"")
        .append(WIDTH - LEFT - RIGHT)
        .append("\" height=\"")
        .append(fmt(Math.abs(low - top)))
        .append("\"/>\n");
  }

  private String line(Point a, Point b, String kind) {
    return line(a.date(), a.value(), b.date(), b.value(), kind);
  }

  private String line(LocalDate d1, BigDecimal v1, LocalDate d2, BigDecimal v2, String kind) {
    return "<line class=\""
        + kind
        + "\" x1=\""
        + fmt(x(d1))
        + "\" y1=\""
        + fmt(y(v1))
        + "\" x2=\""
        + fmt(x(d2))
        + "\" y2=\""
        + fmt(y(v2))
        + "\"/>\n";
  }

  private double x(LocalDate date) {
    long d = ChronoUnit.DAYS.between(data.from(), date);
    return LEFT + (WIDTH - LEFT - RIGHT) * (double) d / days;
  }

  private double y(BigDecimal value) {
    return y(value.doubleValue());
  }

  private double y(double v) {
    double clamped = Math.max(yMin, Math.min(yMax, v));
    return TOP + (HEIGHT - BOTTOM - TOP) * (1 - (clamped - yMin) / (yMax - yMin));
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
