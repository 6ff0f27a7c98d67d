/**
 * UTM campaign tags: {@link dev.northstar.formulas.utm.UtmTags} builds tagged campaign links and
 * reads them back, {@link dev.northstar.formulas.utm.LandingPage} parses a landing-page URL and
 * reports every unknown or malformed tag, and {@link dev.northstar.formulas.utm.UtmAttribution}
 * attributes sessions, leads and conversions to source, medium, campaign and platform.
 */
@NullMarked
package dev.northstar.formulas.utm;

import org.jspecify.annotations.NullMarked;
