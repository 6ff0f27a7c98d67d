package dev.northstar.testing.property;

/**
 * The body of a property: checks one generated input, failing with an assertion error or any other
 * exception.
 *
 * @param <T> the input type
 */
@FunctionalInterface
public interface Check<T> {

  /**
   * Checks one input.
   *
   * @param input the generated input
   * @throws Throwable when the property does not hold
   */
  void check(T input) throws Throwable;
}
