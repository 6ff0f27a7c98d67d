package dev.northstar.formulas.aggregate;

import java.util.Locale;
import java.util.Objects;

/** Which end of a {@link Ranking} is kept: the highest values or the lowest. */
public enum RankOrder {
  /** The highest values first. */
  TOP,
  /** The lowest values first. */
  BOTTOM;

  /**
   * Reads an order from its name, ignoring case: {@code top} or {@code bottom}.
   *
   * @param text the text, not null
   * @return the order, never null
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if the text names no order
   */
  public static RankOrder parse(CharSequence text) {
    Objects.requireNonNull(text, "text must not be null");
    String s = text.toString().strip().toLowerCase(Locale.ROOT);
    return switch (s) {
      case "top" -> TOP;
      case "bottom" -> BOTTOM;
      default ->
          throw new IllegalArgumentException(
              "rank order must be top or bottom, but was '"
                  + (s.length() > 40 ? s.substring(0, 37) + "..." : s)
                  + "'");
    };
  }
}
