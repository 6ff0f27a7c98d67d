/**
 * Loading plugins with {@link java.util.ServiceLoader} without letting a broken one go unnoticed or
 * take the built-ins down: {@link dev.northstar.core.plugin.ServiceProviders} instantiates every
 * provider it can and turns each failure into a {@link dev.northstar.core.plugin.PluginProblem}
 * that names the provider; {@link dev.northstar.core.plugin.PluginLoadException} reports them all
 * at once. The metric registry and the SMART validator load their plugins through it.
 */
@NullMarked
package dev.northstar.core.plugin;

import org.jspecify.annotations.NullMarked;
