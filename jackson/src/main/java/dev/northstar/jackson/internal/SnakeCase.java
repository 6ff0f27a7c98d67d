package dev.northstar.jackson.internal;

import java.util.Locale;

/**
 * The lower snake case JSON names of enum constants: {@code BRAND_AWARENESS} is "brand_awareness".
 */
public final class SnakeCase {

  private SnakeCase() {}

  /** Returns the constant's JSON name. */
  public static String of(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
