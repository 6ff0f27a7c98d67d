import org.jspecify.annotations.NullMarked;

/** Runnable examples of Northstar; not published. */
@NullMarked
module dev.northstar.examples {
  requires dev.northstar.core;
  requires dev.northstar.formulas;
  requires dev.northstar.jackson;
  requires dev.northstar.jackson.csv;
  requires static org.jspecify;
}
