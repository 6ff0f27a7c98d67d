package dev.northstar.smart.spi;

import dev.northstar.smart.Rule;
import java.util.List;

/**
 * Supplies rules to {@link dev.northstar.smart.SmartValidator}, found with {@link
 * java.util.ServiceLoader}. Declare an implementation with {@code provides
 * dev.northstar.smart.spi.RuleProvider with ...} in {@code module-info.java}, or in {@code
 * META-INF/services/dev.northstar.smart.spi.RuleProvider} on the class path. It needs a public
 * no-argument constructor (or a public static {@code provider()} method on the module path).
 *
 * <p>Implementations must be immutable and thread-safe.
 */
public interface RuleProvider {

  /**
   * Returns the provider's name, used in error messages, such as "acme-rules".
   *
   * @return the name, never null
   */
  String name();

  /**
   * Returns the provider's rules; their ids must not clash with the built-in ones or another
   * provider's.
   *
   * @return the rules, never null, no nulls
   */
  List<Rule> rules();
}
