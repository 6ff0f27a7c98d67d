/**
 * Reading and writing Northstar goals, hierarchies, tactics and metric series as JSON with Jackson:
 * {@link dev.northstar.jackson.NorthstarModule} to register on any {@code ObjectMapper}, and {@link
 * dev.northstar.jackson.NorthstarJson} for a ready, strict mapper.
 */
@NullMarked
package dev.northstar.jackson;

import org.jspecify.annotations.NullMarked;
