package dev.northstar.progress.forecast;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Readable numbers for the {@code toString()}s: grouped, to four significant digits or units. */
final class Rounding {

  private Rounding() {}

  static String readable(double x) {
    DecimalFormat f = new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(Locale.US));
    if (Math.abs(x) >= 1000) {
      return f.format(Math.round(x));
    }
    return f.format(new BigDecimal(x).round(new MathContext(4)));
  }

  static String percent(double p) {
    return Math.round(p * 1000) / 10.0 + "%";
  }
}
