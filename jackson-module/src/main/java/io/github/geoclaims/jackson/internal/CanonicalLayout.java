package io.github.geoclaims.jackson.internal;

import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;

/**
 * The canonical layout: two-space indentation, one array element per line, {@code "name": value} (no space
 * before the colon), {@code {}} and {@code []} when empty, "\n" line breaks.
 */
public final class CanonicalLayout {

  private static final DefaultIndenter INDENTER = new DefaultIndenter("  ", "\n");

  private CanonicalLayout() {}

  /**
   * Returns a new pretty printer in the canonical layout.
   *
   * @return the printer
   */
  public static DefaultPrettyPrinter printer() {
    Separators separators = Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator("")
        .withRootSeparator("");
    return new DefaultPrettyPrinter(separators)
        .withObjectIndenter(INDENTER)
        .withArrayIndenter(INDENTER);
  }

  /**
   * Returns a printer instance for one generator.
   *
   * @return the printer
   */
  public static PrettyPrinter newPrinter() {
    return printer().createInstance();
  }
}
