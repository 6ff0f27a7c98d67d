package dev.northstar.formulas.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import org.jspecify.annotations.Nullable;

/**
 * Reads epoch seconds as local dates and hours in one zone, column at a time. The zone's offset is
 * looked up once per stretch between two transitions (daylight saving changes), so a column of
 * nearby instants costs a few lookups, not one per row.
 */
final class LocalTimes {

  private static final long SECONDS_PER_DAY = 86_400;

  private final ZoneRules rules;
  private long validFrom = Long.MAX_VALUE;
  private long validUntil = Long.MIN_VALUE;
  private int offset;

  LocalTimes(ZoneId zone) {
    this.rules = zone.getRules();
  }

  /** Returns the local epoch day of each second. */
  int[] days(long[] seconds) {
    int[] out = new int[seconds.length];
    for (int i = 0; i < seconds.length; i++) {
      out[i] = Math.toIntExact(Math.floorDiv(local(seconds[i]), SECONDS_PER_DAY));
    }
    return out;
  }

  /** Returns the local hour of day, 0 to 23, of each second. */
  int[] hours(long[] seconds) {
    int[] out = new int[seconds.length];
    for (int i = 0; i < seconds.length; i++) {
      out[i] = (int) (Math.floorMod(local(seconds[i]), SECONDS_PER_DAY) / 3600);
    }
    return out;
  }

  private long local(long second) {
    if (second < validFrom || second >= validUntil) {
      Instant at = Instant.ofEpochSecond(second);
      offset = rules.getOffset(at).getTotalSeconds();
      @Nullable ZoneOffsetTransition before = rules.previousTransition(at.plusSeconds(1));
      @Nullable ZoneOffsetTransition after = rules.nextTransition(at);
      validFrom = before == null ? Long.MIN_VALUE : before.toEpochSecond();
      validUntil = after == null ? Long.MAX_VALUE : after.toEpochSecond();
    }
    return second + offset;
  }
}
