import org.jspecify.annotations.NullMarked;

/**
 * Northstar's progress tracking: the progress, pace, status, forecast and scores of one goal at a
 * reference date; the roll-up of progress over the goal hierarchy; and tactic plans. Depends on
 * {@code dev.northstar.core} only.
 */
@NullMarked
module dev.northstar.progress {
  requires transitive dev.northstar.core;
  requires static org.jspecify;

  exports dev.northstar.progress;
  exports dev.northstar.progress.forecast;
  exports dev.northstar.progress.plan;
  exports dev.northstar.progress.rollup;
  exports dev.northstar.progress.score;
}
