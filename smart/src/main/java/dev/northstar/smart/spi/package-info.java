/**
 * The service-provider interface for rules: implement {@link dev.northstar.smart.spi.RuleProvider}
 * and declare it with {@code provides} in {@code module-info.java} or in {@code META-INF/services}.
 */
@NullMarked
package dev.northstar.smart.spi;

import org.jspecify.annotations.NullMarked;
