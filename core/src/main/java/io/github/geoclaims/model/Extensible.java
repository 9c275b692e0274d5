package io.github.geoclaims.model;

import io.github.geoclaims.validation.constraints.ExtensionName;
import java.util.Map;

/**
 * A model object that carries extension properties: values outside the standard model that must survive a
 * read and a write (a collector's batch number, a feed's own score).
 *
 * <p>Names start with {@code x-}. Each value is one JSON value written as compact JSON text, such as
 * {@code "\"batch-7\""}, {@code "42"} or {@code "{\"score\":0.8}"}; the core holds the text and never parses it,
 * the JSON module reads and writes it.
 */
public interface Extensible {

  /** Returns the extension properties by name, in insertion order. */
  Map<@ExtensionName String, String> getExtensions();
}
