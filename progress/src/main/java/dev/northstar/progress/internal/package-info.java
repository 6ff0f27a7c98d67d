/**
 * Arithmetic shared by the progress packages. Not part of the API: this package is not exported.
 */
@NullMarked
package dev.northstar.progress.internal;

import org.jspecify.annotations.NullMarked;
