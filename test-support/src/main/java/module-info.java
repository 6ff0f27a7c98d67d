import org.jspecify.annotations.NullMarked;

/**
 * The seeded property-test harness that every Northstar module's tests use, and that the plugin
 * test kit ({@code dev.northstar.testkit}) builds its generators on.
 *
 * <p>See docs/adr/0001-property-testing-without-jqwik.md.
 */
@NullMarked
module dev.northstar.testing {
  requires static org.jspecify;

  exports dev.northstar.testing.property;
}
