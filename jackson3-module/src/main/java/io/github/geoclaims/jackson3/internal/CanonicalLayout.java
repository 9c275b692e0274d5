package io.github.geoclaims.jackson3.internal;

import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * The canonical layout on Jackson 3, configured like geoclaims-jackson's: two-space indentation, one array element
 * per line, {@code "name": value} (no space before the colon), {@code {}} and {@code []} when empty, "\n" line
 * breaks.
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
        .withObjectNameValueSpacing(Separators.Spacing.AFTER)
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
