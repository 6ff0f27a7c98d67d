/**
 * Writing Northstar SMART reports as JSON with Jackson: register {@link
 * dev.northstar.jackson.smart.NorthstarSmartModule} next to the core {@code NorthstarModule}.
 */
@NullMarked
package dev.northstar.jackson.smart;

import org.jspecify.annotations.NullMarked;
