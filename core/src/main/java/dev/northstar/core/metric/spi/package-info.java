/**
 * The extension point for metric definitions: implement {@link
 * dev.northstar.core.metric.spi.MetricDefinitionProvider} and register it as a service.
 */
@NullMarked
package dev.northstar.core.metric.spi;

import org.jspecify.annotations.NullMarked;
